// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { layoutRoad, neighbourOf } from './road-layout';
import { STAGE_IDS, type Milestone, type Stage, type StageId } from './types';

const stages: Stage[] = STAGE_IDS.map((id) => ({ id, title: id, summary: '' }));
const m = (id: string, stageId: StageId, prerequisites: string[] = []): Milestone => ({
  id,
  stageId,
  title: id,
  summary: '',
  kind: 'skill',
  tier: 'core',
  hours: 1,
  prerequisites,
  resources: [],
});

const road = [
  m('html', 'web-foundations'),
  m('css', 'web-foundations', ['html']),
  m('js', 'web-foundations', ['html']),
  m('dom', 'web-foundations', ['js']),
  m('a11y', 'web-foundations', ['html', 'css']),
  m('http', 'internet-and-tools'),
  m('git', 'internet-and-tools'),
  m('github', 'internet-and-tools', ['git']),
  m('api', 'apis-and-security', ['http', 'dom']),
];

describe('layoutRoad', () => {
  const layout = layoutRoad(stages, road);

  it('makes one band per stage that has milestones, in stage order', () => {
    expect(layout.bands.map((b) => b.stageId)).toEqual(['web-foundations', 'internet-and-tools', 'apis-and-security']);
  });

  it('puts each milestone one layer below its deepest prerequisite in the band', () => {
    expect(layout.bands[0]?.layers).toEqual([['html'], ['css', 'js'], ['a11y', 'dom']]);
    expect(layout.bands[1]?.layers).toEqual([['http', 'git'], ['github']]);
    // A prerequisite in an earlier band does not push a milestone down its own band.
    expect(layout.bands[2]?.layers).toEqual([['api']]);
  });

  it('orders a layer by its prerequisites’ places, so lines do not cross', () => {
    // css is left of js, so a11y (after css) sits left of dom (after js).
    const layers = layoutRoad(stages, [
      m('a', 'beyond'),
      m('b', 'beyond'),
      m('after-b', 'beyond', ['b']),
      m('after-a', 'beyond', ['a']),
    ]).bands[0]?.layers;
    expect(layers).toEqual([
      ['a', 'b'],
      ['after-a', 'after-b'],
    ]);
  });

  it('draws lines inside a band always, and marks the ones across bands', () => {
    expect(layout.edges).toContainEqual({ from: 'html', to: 'css', withinBand: true });
    expect(layout.edges).toContainEqual({ from: 'dom', to: 'api', withinBand: false });
    expect(layout.edges).toHaveLength(8);
  });

  it('places every milestone exactly once, and ignores prerequisites off the road', () => {
    const withOther = [...road, m('py', 'server-language', ['php-basics'])];
    const placed = layoutRoad(stages, withOther);
    expect([...placed.places.keys()].sort()).toEqual(withOther.map((x) => x.id).sort());
    expect(placed.edges.some((e) => e.from === 'php-basics')).toBe(false);
  });

  it('survives a cycle, which the content test rules out, without looping', () => {
    const cyclic = layoutRoad(stages, [m('x', 'beyond', ['y']), m('y', 'beyond', ['x'])]);
    expect([...cyclic.places.keys()].sort()).toEqual(['x', 'y']);
  });
});

describe('neighbourOf: the arrow keys on the map', () => {
  const layout = layoutRoad(stages, road);
  it.each([
    ['html', 'right', 'css'],
    ['css', 'right', 'js'],
    ['js', 'left', 'css'],
    ['html', 'left', 'html'],
    ['dom', 'right', 'dom'],
    ['html', 'down', 'css'],
    ['css', 'down', 'a11y'],
    ['js', 'up', 'html'],
    ['a11y', 'down', 'http'],
    ['dom', 'down', 'git'],
    ['http', 'up', 'a11y'],
    ['github', 'up', 'http'],
    ['api', 'down', 'api'],
    ['css', 'first', 'html'],
    ['css', 'last', 'api'],
  ] as const)('from %s, %s goes to %s', (from, direction, to) => {
    expect(neighbourOf(layout, from, direction)).toBe(to);
  });
});
