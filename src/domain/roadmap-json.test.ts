import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildRoadmapJson, RoadmapJsonSchema, serializeRoadmapJson, type RoadmapContent } from './roadmap-json';
import type { Milestone } from './types';

const common: Milestone = {
  id: 'html-basics',
  stageId: 'web-foundations',
  title: 'HTML basics',
  summary: 'Pages and forms.',
  why: 'Servers send HTML.',
  kind: 'skill',
  tier: 'core',
  hours: 12,
  prerequisites: [],
  resources: [{ title: 'MDN: HTML', url: 'https://developer.mozilla.org/en-US/docs/Web/HTML', kind: 'official' }],
};
const track = (id: string, language: 'php' | 'go'): Milestone => ({
  ...common,
  id,
  stageId: 'server-language',
  title: id,
  tier: 'recommended',
  prerequisites: ['html-basics'],
  languages: [language],
});

const content: RoadmapContent = {
  stages: [
    { id: 'web-foundations', title: 'Web foundations', summary: 'HTML, CSS and JavaScript.' },
    { id: 'server-language', title: 'Server language', summary: 'Your language.' },
  ],
  languages: [
    { id: 'go', name: 'Go', tagline: 'Small.', roadHours: { total: 1, core: 1 } },
    { id: 'php', name: 'PHP', tagline: 'For the web.', roadHours: { total: 1, core: 1 } },
  ],
  common: [common],
  tracks: {
    php: [track('php-setup', 'php')],
    go: [track('go-setup', 'go')],
    node: [],
    python: [],
    java: [],
    csharp: [],
    ruby: [],
  },
  retired: { 'old-id': 'html-basics', gone: null },
};

describe('buildRoadmapJson', () => {
  const json = buildRoadmapJson(content);

  it('has the format marker, the version, and stages numbered from 1 in road order', () => {
    expect(json).toMatchObject({ format: 'backend-path-roadmap', version: 1 });
    expect(json.stages).toEqual([
      { id: 'web-foundations', title: 'Web foundations', order: 1 },
      { id: 'server-language', title: 'Server language', order: 2 },
    ]);
    expect(json.languages).toEqual([
      { id: 'go', name: 'Go' },
      { id: 'php', name: 'PHP' },
    ]);
  });

  it('publishes each milestone with exactly the published fields, common ones with languages null', () => {
    expect(json.milestones[0]).toEqual({
      id: 'html-basics',
      stageId: 'web-foundations',
      title: 'HTML basics',
      summary: 'Pages and forms.',
      kind: 'skill',
      tier: 'core',
      hours: 12,
      prerequisites: [],
      languages: null,
      resources: [{ kind: 'official', title: 'MDN: HTML', url: 'https://developer.mozilla.org/en-US/docs/Web/HTML' }],
    });
  });

  it('lists the common milestones, then each track in the order the languages are listed', () => {
    expect(json.milestones.map((m) => [m.id, m.languages])).toEqual([
      ['html-basics', null],
      ['go-setup', ['go']],
      ['php-setup', ['php']],
    ]);
  });

  it('carries the retired ids and their replacements', () => {
    expect(json.retired).toEqual({ 'old-id': 'html-basics', gone: null });
  });

  it('passes its own schema, and the schema refuses extra fields', () => {
    expect(v.safeParse(RoadmapJsonSchema, json).success).toBe(true);
    const extra = { ...json, milestones: [{ ...json.milestones[0], why: 'x' }] };
    expect(v.safeParse(RoadmapJsonSchema, extra).success).toBe(false);
  });

  it('serializes as pretty-printed JSON with a final newline', () => {
    const text = serializeRoadmapJson(content);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(json);
  });
});
