// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import { planToMarkdown } from './markdown';
import { emptyPlan, markMilestone, updateSettings, writeNote } from './plan';
import type { Plan } from './plan-schema';
import type { Milestone, Resource, Stage, StageId } from './types';

const TODAY = '2026-11-26';
const AT = { stamp: '2026-11-26T09:30:00.000Z/0/t', now: '2026-11-26T09:30:00.000Z' };

const testStages: Stage[] = [
  { id: 'web-foundations', title: 'Web foundations', summary: '' },
  { id: 'internet-and-tools', title: 'Internet and tools', summary: '' },
  { id: 'data-skills', title: 'Data skills', summary: '' },
];

function milestone(
  id: string,
  title: string,
  stageId: StageId = 'web-foundations',
  hours = 10,
  resources: Resource[] = [],
): Milestone {
  return { id, stageId, title, summary: '', kind: 'skill', tier: 'core', hours, prerequisites: [], resources };
}

const road = [
  milestone('html', 'HTML basics', 'web-foundations', 12),
  milestone('css', 'CSS basics', 'web-foundations', 12),
  milestone('js', 'JavaScript basics', 'web-foundations', 30),
  milestone('a11y', 'Accessibility', 'web-foundations', 6),
  milestone('sql', 'SQL', 'data-skills', 20),
];

function plan(): Plan {
  let p = updateSettings(emptyPlan(TODAY), { hoursPerWeek: 7.5 }, AT);
  p = markMilestone(p, 'html', 'done', AT);
  p = markMilestone(p, 'css', 'learning', AT);
  p = markMilestone(p, 'a11y', 'skipped', AT);
  return p;
}

const lines = (markdown: string) => markdown.split('\n');

describe('planToMarkdown', () => {
  it('writes a checklist, one line per milestone, by stage', () => {
    const markdown = planToMarkdown(testStages, road, plan(), 'Python', TODAY);
    expect(lines(markdown)).toEqual([
      '# My road to backend developer with Python',
      '',
      'Exported from Backend Path on 2026-11-26. Pace: 7.5 hours a week.',
      '',
      '## Web foundations',
      '',
      '- [x] HTML basics (about 12 h)',
      '- [ ] CSS basics (learning, about 12 h)',
      '- [ ] JavaScript basics (about 30 h)',
      '- [ ] Accessibility (skipped, about 6 h)',
      '',
      '## Data skills',
      '',
      '- [ ] SQL (about 20 h)',
      '',
    ]);
  });

  test.each([
    ['done', 'html', '- [x] HTML basics (about 12 h)'],
    ['learning', 'css', '- [ ] CSS basics (learning, about 12 h)'],
    ['skipped', 'a11y', '- [ ] Accessibility (skipped, about 6 h)'],
    ['todo', 'js', '- [ ] JavaScript basics (about 30 h)'],
  ])('marks a %s milestone', (_status, _id, line) => {
    expect(lines(planToMarkdown(testStages, road, plan(), 'Python', TODAY))).toContain(line);
  });

  it('leaves out stages with nothing on the road', () => {
    expect(planToMarkdown(testStages, road, plan(), 'Python', TODAY)).not.toContain('Internet and tools');
  });

  it('has a plain title while no language is chosen', () => {
    expect(lines(planToMarkdown(testStages, road, plan(), null, TODAY))[0]).toBe('# My road to backend developer');
  });

  it('puts a note as a sub-item under its milestone', () => {
    const withNote = writeNote(plan(), 'css', 'Flexbox Froggy first', AT);
    const out = lines(planToMarkdown(testStages, road, withNote, 'Python', TODAY));
    const at = out.indexOf('- [ ] CSS basics (learning, about 12 h)');
    expect(out[at + 1]).toBe('  - Note: Flexbox Froggy first');
    expect(out.filter((line) => line.includes('Note:'))).toHaveLength(1);
  });

  test.each([
    ['a line feed', 'first\nsecond'],
    ['a Windows line ending', 'first\r\nsecond'],
    ['an old Mac line ending', 'first\rsecond'],
  ])('keeps a note with %s on its own sub-item line', (_label, note) => {
    const withNote = writeNote(plan(), 'css', note, AT);
    const out = planToMarkdown(testStages, road, withNote, 'Python', TODAY);
    // A line break inside the note would let its second half start a new Markdown block.
    expect(out.split(/\r\n|\r|\n/)).toContain('  - Note: first second');
  });

  // Every character that would turn the learner's text into Markdown or HTML markup where it stands.
  test.each([
    ['*', 'a *bold* claim'],
    ['_', 'an _italic_ word'],
    ['`', 'some `code`'],
    ['[', '[a link](javascript:alert(1))'],
    [']', '[a link](javascript:alert(1))'],
    ['<', '<script>alert(1)</script>'],
    ['\\', 'a \\ backslash'],
    ['&', 'an entity: &lt;b&gt; stays as typed'],
    ['~', 'a ~~struck~~ word'],
  ])('escapes %s in notes and titles', (char, text) => {
    const own = [...road, milestone('own', text, 'data-skills')];
    const withNote = writeNote(plan(), 'sql', text, AT);
    const out = lines(planToMarkdown(testStages, own, withNote, 'Python', TODAY));
    const noteLine = out.find((line) => line.startsWith('  - Note: ')) ?? '';
    const titleLine = out.find((line) => line.startsWith('- [ ] ') && line.endsWith('(about 10 h)')) ?? '';
    const title = titleLine.slice('- [ ] '.length, -' (about 10 h)'.length);
    for (const rendered of [noteLine.slice('  - Note: '.length), title]) {
      // Each occurrence of the character is preceded by a backslash that is not itself escaped.
      const unescaped = [...rendered.matchAll(/\\[\s\S]|[\s\S]/g)].filter((m) => m[0] === char);
      expect(unescaped, `${char} unescaped in ${rendered}`).toEqual([]);
      expect(rendered).toContain(`\\${char}`);
    }
  });

  it('leaves ordinary punctuation alone, so a pasted checklist reads as plain text', () => {
    const title = 'Installing Python (3.13) & running it: a first program! #1 {fast} + more | snake_case > 2';
    const own = [...road, milestone('own', title, 'data-skills')];
    const withNote = writeNote(plan(), 'sql', 'Read chapter (2) first!', AT);
    const out = planToMarkdown(testStages, own, withNote, 'Python', TODAY);
    expect(out).toContain(`- [ ] ${title} (about 10 h)`);
    expect(out).toContain('  - Note: Read chapter (2) first!');
    expect(out).not.toContain('\\(');
  });

  it('never doubles brackets: the status and the hours share one pair', () => {
    const out = lines(planToMarkdown(testStages, road, plan(), 'Python', TODAY));
    for (const line of out) expect(line).not.toMatch(/\) \(/);
  });

  it('lists each milestone’s resources as links under it, after the note', () => {
    const withLinks = [
      milestone('html', 'HTML basics', 'web-foundations', 12, [
        { title: 'MDN: HTML basics', url: 'https://developer.mozilla.org/en-US/docs/Learn/HTML', kind: 'official' },
        { title: 'A [bracketed] title', url: 'https://en.wikipedia.org/wiki/HTML_(disambiguation)', kind: 'article' },
      ]),
      ...road.slice(1),
    ];
    const withNote = writeNote(plan(), 'html', 'Done in a week', AT);
    const out = lines(planToMarkdown(testStages, withLinks, withNote, 'Python', TODAY));
    const at = out.indexOf('- [x] HTML basics (about 12 h)');
    expect(out.slice(at, at + 4)).toEqual([
      '- [x] HTML basics (about 12 h)',
      '  - Note: Done in a week',
      '  - [MDN: HTML basics](https://developer.mozilla.org/en-US/docs/Learn/HTML)',
      '  - [A \\[bracketed\\] title](https://en.wikipedia.org/wiki/HTML_%28disambiguation%29)',
    ]);
  });

  it('leaves out a resource whose address is not a web address', () => {
    const risky = [
      milestone('html', 'HTML basics', 'web-foundations', 12, [
        { title: 'Run me', url: 'javascript:alert(1)', kind: 'article' },
      ]),
    ];
    const out = planToMarkdown(testStages, risky, plan(), 'Python', TODAY);
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('Run me');
  });

  it('keeps the letters of escaped text', () => {
    const withNote = writeNote(plan(), 'html', 'Use <label for="x"> *always*', AT);
    const out = planToMarkdown(testStages, road, withNote, 'Python', TODAY);
    expect(out).toContain('  - Note: Use \\<label for="x"> \\*always\\*');
  });
});
