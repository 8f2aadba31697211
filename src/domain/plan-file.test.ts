// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from 'vitest';
import { emptyPlan, markMilestone, mergePlans, writeNote, type Plan } from './plan';
import { MAX_PLAN_FILE_BYTES, planFileName, readPlanDocument, serializePlanDocument } from './plan-file';
import { migrateDocument } from './migrations';
import { PLAN_VERSION } from './plan-schema';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const planFixtures = readdirSync(FIXTURES)
  .filter((name) => /^plan-v\d+\.json$/.test(name))
  .sort();

const NOW = '2026-11-26T09:30:00.000Z';

/** A version-1 document around a plan, written by hand rather than by the code under test. */
function documentText(plan: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'backend-path-plan',
    version: 1,
    plan: {
      language: 'python',
      settings: { hoursPerWeek: 8, startDate: '2026-11-26', targetDate: null },
      milestones: {},
      ...plan,
    },
    ...extra,
  });
}

function withLink(url: string): string {
  return documentText({
    custom: [
      {
        id: 'own-ddia',
        stageId: 'beyond',
        title: 'Read DDIA',
        hours: 30,
        resources: [{ title: 'Book', url }],
        updatedAt: NOW,
      },
    ],
  });
}

function read(text: string): Plan {
  const result = readPlanDocument(text);
  if (!result.ok) throw new Error(`expected the document to be accepted, got: ${result.error}`);
  return result.value;
}

function refusal(text: string): string {
  const result = readPlanDocument(text);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}

describe('the version-1 fixture', () => {
  const plan = read(fixtureText('plan-v1.json'));

  it('is read in full', () => {
    const raw = JSON.parse(fixtureText('plan-v1.json'));
    expect(plan.language).toBe('python');
    expect(plan.settings).toEqual({ hoursPerWeek: 7.5, startDate: '2026-09-07', targetDate: '2027-06-30' });
    expect(plan.milestones).toEqual(raw.plan.milestones);
    expect(plan.custom).toEqual(raw.plan.custom);
    expect(plan.settingsUpdatedAt).toBe(raw.plan.settingsUpdatedAt);
    expect(plan.resetAt).toBeNull();
  });

  it('survives serialize -> read unchanged', () => {
    expect(read(serializePlanDocument(plan, NOW))).toEqual(plan);
  });

  it('merged with itself is still the same plan', () => {
    expect(mergePlans(plan, plan)).toEqual(plan);
  });
});

describe('every plan-v*.json fixture', () => {
  it('includes one for the current version', () => {
    expect(planFixtures).toContain(`plan-v${PLAN_VERSION}.json`);
  });

  test.each(planFixtures)('%s loads', (name) => {
    const text = fixtureText(name);
    expect(JSON.parse(text).version).toBe(Number(/\d+/.exec(name)?.[0]));
    const result = readPlanDocument(text);
    expect(result).toMatchObject({ ok: true });
  });
});

describe('serializePlanDocument', () => {
  it('is read back as the very same plan', () => {
    let plan = emptyPlan('2026-09-01');
    plan = markMilestone(plan, 'sql-basics', 'done', NOW);
    plan = writeNote(plan, 'sql-basics', 'Line one\nLine two "quoted" \\ backslash', NOW);
    expect(read(serializePlanDocument(plan))).toEqual(plan);
  });

  it('writes the format marker, the version and the export time', () => {
    const document = JSON.parse(serializePlanDocument(emptyPlan('2026-09-01'), NOW));
    expect(document).toMatchObject({ format: 'backend-path-plan', version: PLAN_VERSION, exportedAt: NOW });
  });

  it('gives the same text for the same plan, whatever order the milestones were ticked in', () => {
    const forward = ['sql-basics', 'css-basics', 'zz-last', 'html-basics'].reduce(
      (p, id) => markMilestone(p, id, 'done', NOW),
      emptyPlan('2026-09-01'),
    );
    const backward = ['html-basics', 'zz-last', 'css-basics', 'sql-basics'].reduce(
      (p, id) => markMilestone(p, id, 'done', NOW),
      emptyPlan('2026-09-01'),
    );
    const text = serializePlanDocument(forward, NOW);
    expect(serializePlanDocument(backward, NOW)).toBe(text);
    expect(Object.keys(JSON.parse(text).plan.milestones)).toEqual(['css-basics', 'html-basics', 'sql-basics', 'zz-last']);
  });

  it('is pretty-printed', () => {
    expect(serializePlanDocument(emptyPlan('2026-09-01'))).toContain('\n  "plan": {\n');
  });
});

describe('milestone ids this version does not know', () => {
  test.each(['from-a-newer-version', 'python-async-2029', 'x'])('keeps %s and exports it again', (id) => {
    const record = { status: 'done', updatedAt: NOW, completedAt: NOW, note: 'from the future' };
    const plan = read(documentText({ milestones: { [id]: record } }));
    expect(plan.milestones[id]).toEqual(record);
    expect(JSON.parse(serializePlanDocument(plan)).plan.milestones[id]).toEqual(record);
  });

  // Names of JavaScript object internals are reserved: refused out loud rather than dropped silently.
  test.each(['constructor', 'prototype'])('refuses the reserved id %s instead of losing it', (id) => {
    const record = { status: 'learning', updatedAt: NOW };
    expect(refusal(documentText({ milestones: { [id]: record, 'html-basics': record } }))).toContain(`'${id}' is not valid`);
  });
});

describe('refusals, in words a learner can act on', () => {
  it('refuses text that is not JSON', () => {
    expect(refusal('this is my plan, honest')).toMatch(/^This is not a Backend Path plan file/);
    expect(refusal('')).toMatch(/^This is not a Backend Path plan file/);
  });

  test.each([
    ['another JSON object', '{"hello":1}'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"backend-path-plan"'],
    ['null', 'null'],
    ['another format', '{"format":"excalidraw","version":1,"plan":{}}'],
  ])('refuses %s as not a plan file', (_label, text) => {
    expect(refusal(text)).toMatch(/not a Backend Path plan file/);
  });

  it('says a file from a newer version needs a newer app', () => {
    const message = refusal(documentText({}, { version: 99 }));
    expect(message).toMatch(/newer version/);
    expect(message).toContain('99');
  });

  test.each([0, -1, 1.5, '1', null])('refuses the version number %o', (version) => {
    expect(refusal(documentText({}, { version }))).toMatch(/version/);
  });

  it("names the milestone and the status it does not know", () => {
    const message = refusal(
      documentText({ milestones: { 'html-basics': { status: 'finished', updatedAt: NOW } } }),
    );
    expect(message).toContain("Milestone 'html-basics'");
    expect(message).toContain('finished');
    expect(message).toMatch(/status/);
  });

  it('names what is missing', () => {
    expect(refusal('{"format":"backend-path-plan","version":1}')).toMatch(/missing plan/);
  });

  test.each([
    ['an id with capitals and spaces', { 'HTML Basics': { status: 'done', updatedAt: NOW } }, /HTML Basics/],
    ['a record that is a number', { 'html-basics': 5 }, /html-basics/],
    ['an updatedAt that is no date', { 'html-basics': { status: 'done', updatedAt: 'yesterday' } }, /yesterday/],
  ])('refuses %s, naming it', (_label, milestones, named) => {
    expect(refusal(documentText({ milestones }))).toMatch(named);
  });

  test.each([
    ['a 5,000-character milestone id', documentText({ milestones: { ['X'.repeat(5000)]: { status: 'done', updatedAt: NOW } } })],
    ['a 100,000-character language', documentText({ language: 'p'.repeat(100_000) })],
    ['a 100,000-character status', documentText({ milestones: { a: { status: 's'.repeat(100_000), updatedAt: NOW } } })],
  ])('keeps the message short for %s', (_label, text) => {
    const message = refusal(text);
    expect(message.length).toBeLessThanOrEqual(300);
  });

  it('refuses a file over 1 MB before reading it', () => {
    const text = documentText({}).replace(/}$/, `${' '.repeat(MAX_PLAN_FILE_BYTES)}}`);
    expect(refusal(text)).toMatch(/larger than 1 MB/);
  });

  it('reads a file of exactly 1 MB', () => {
    const base = documentText({});
    const text = base.slice(0, -1) + ' '.repeat(MAX_PLAN_FILE_BYTES - base.length) + '}';
    expect(text).toHaveLength(1024 * 1024);
    expect(readPlanDocument(text).ok).toBe(true);
  });

  // About 20 KB of brackets: small enough for a file or a share link.
  it('refuses a deeply nested value with a message, without throwing', () => {
    const depth = 10_000;
    const text = `{"format":"backend-path-plan","version":1,"plan":{"language":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    let result: ReturnType<typeof readPlanDocument> | undefined;
    expect(() => {
      result = readPlanDocument(text);
    }).not.toThrow();
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });
  });
});

describe('links in the learner’s own milestones', () => {
  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/book.pdf',
    '//example.com/no-scheme',
    ' https://example.com/leading-space',
    'not a url',
  ])('refuses %s', (url) => {
    expect(refusal(withLink(url))).toMatch(/url|link|web address/i);
  });

  test.each(['http://example.com/', 'https://dataintensive.net/', 'https://example.com/a?b=c#d'])('accepts %s', (url) => {
    expect(read(withLink(url)).custom[0]?.resources[0]?.url).toBe(url);
  });
});

describe('notes are text, never markup', () => {
  test.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    'Ünïcödé ✔ 学习 🚀 and a line\nbreak',
  ])('keeps %s exactly as written, through import and export', (note) => {
    const plan = read(documentText({ milestones: { 'html-basics': { status: 'learning', updatedAt: NOW, note } } }));
    expect(plan.milestones['html-basics']?.note).toBe(note);
    expect(read(serializePlanDocument(plan)).milestones['html-basics']?.note).toBe(note);
  });

  it('refuses a note over 5000 characters', () => {
    const note = 'n'.repeat(5001);
    expect(refusal(documentText({ milestones: { a: { status: 'todo', updatedAt: NOW, note } } }))).toMatch(/note/);
  });
});

describe('migrateDocument', () => {
  it('passes a current document through unchanged', () => {
    const document = JSON.parse(fixtureText('plan-v1.json'));
    expect(migrateDocument(document)).toEqual({ ok: true, value: document });
  });
});

describe('planFileName', () => {
  it('names the file after the day', () => {
    expect(planFileName('2026-11-26')).toBe('backend-path-plan-2026-11-26.json');
  });
});
