// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from 'vitest';
import { MIGRATION_STEPS, migrateDocument } from './migrations';
import { emptyPlan, markMilestone, writeNote, type Change } from './plan';
import { readPlanDocument } from './plan-file';
import { checkLimits, planFileName, serializePlanDocument, utf8Length } from './plan-document';
import { mergePlans } from './plan-merge';
import type { Plan } from './plan-schema';
import { LIMITS, PLAN_VERSION } from './plan-limits';
import { FILE, STORAGE, documentText, read, reading } from '../../tests/support/plan-fixtures';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const planFixtures = readdirSync(FIXTURES)
  .filter((name) => /^plan-v\d+\.json$/.test(name))
  .sort();

const NOW = '2026-11-26T09:30:00.000Z';
const AT: Change = { stamp: `${NOW}/0/t`, now: NOW };

function refusal(text: string): string {
  const result = readPlanDocument(text, FILE);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}
describe('the fixtures of every shipped version', () => {
  it('include one for the current version', () => {
    expect(planFixtures).toContain(`plan-v${PLAN_VERSION}.json`);
  });

  test.each(planFixtures)('%s is read in full, with nothing set aside', (name) => {
    const text = fixtureText(name);
    expect(JSON.parse(text).version).toBe(Number(/\d+/.exec(name)?.[0]));
    const { plan, setAside, datesAdjusted } = reading(text, STORAGE);
    expect(setAside).toEqual([]);
    expect(datesAdjusted).toBe(0);
    expect(plan.language).toBe('python');
    expect(plan.settings).toMatchObject({ hoursPerWeek: 7.5, startDate: '2026-09-07', targetDate: '2027-06-30' });
    expect(Object.keys(plan.milestones)).toHaveLength(13);
    expect(plan.custom.map((m) => m.title)).toEqual([
      'Read "Designing Data-Intensive Applications"',
      'Build a CLI that tracks my reading',
    ]);
  });

  it('version 1 becomes version 2 with the same statuses, notes and dates', () => {
    const v1 = JSON.parse(fixtureText('plan-v1.json')).plan;
    const plan = read(fixtureText('plan-v1.json'), STORAGE);
    for (const [id, record] of Object.entries(v1.milestones as Record<string, Record<string, string>>)) {
      expect(plan.milestones[id]).toEqual({
        status: record.status,
        stamp: `${record.updatedAt}/0/v1`,
        ...(record.completedAt ? { completedAt: record.completedAt } : {}),
        ...(record.note ? { note: record.note } : {}),
      });
    }
    expect(plan.settingsStamp).toBe(`${v1.settingsUpdatedAt}/0/v1`);
    expect(plan.resetStamp).toBeNull();
    expect(plan.removedCustom).toEqual({});
  });

  it('version 2 survives serialize -> read unchanged, and merged with itself stays the same', () => {
    const plan = read(fixtureText('plan-v2.json'), STORAGE);
    expect(plan.removedCustom).toEqual({ 'own-mgz81b0c': '2026-10-20T08:00:00.000Z/1/k3x9q2a1' });
    expect(plan.settings.weights).toEqual({ jobMarket: 3, gentleStart: 5 });
    expect(read(serializePlanDocument(plan, NOW), STORAGE)).toEqual(plan);
    expect(mergePlans(plan, plan)).toEqual(plan);
  });

  it('a version-1 removed own milestone becomes a remembered removal', () => {
    const text = documentText({
      custom: [
        { id: 'own-gone', stageId: 'beyond', title: 'Gone', hours: 1, resources: [], updatedAt: NOW, removed: true },
        { id: 'own-kept', stageId: 'beyond', title: 'Kept', hours: 1, resources: [], updatedAt: NOW },
      ],
    });
    const plan = read(text);
    expect(plan.custom.map((m) => m.id)).toEqual(['own-kept']);
    expect(plan.removedCustom).toEqual({ 'own-gone': `${NOW}/0/v1` });
  });
});

describe('migrateDocument', () => {
  it('passes a current document through unchanged', () => {
    const document = JSON.parse(fixtureText('plan-v2.json'));
    expect(migrateDocument(document)).toEqual({ ok: true, value: document });
  });

  it('turns a step that throws into a refusal, never an exception', () => {
    const throwing = {
      1: () => {
        throw new Error('bug in a migration');
      },
    };
    expect(migrateDocument(JSON.parse(fixtureText('plan-v1.json')), throwing)).toEqual({
      ok: false,
      error: "This plan file's version 1 could not be upgraded to version 2.",
    });
    expect(MIGRATION_STEPS[1]).toBeTypeOf('function');
  });
});

describe('serializePlanDocument', () => {
  it('is read back as the very same plan', () => {
    let plan = emptyPlan('2026-09-01');
    plan = markMilestone(plan, 'sql-basics', 'done', AT);
    plan = writeNote(plan, 'sql-basics', 'Line one\nLine two "quoted" \\ backslash', AT);
    expect(read(serializePlanDocument(plan))).toEqual(plan);
  });

  it('writes the format marker, the version and the export time', () => {
    const document = JSON.parse(serializePlanDocument(emptyPlan('2026-09-01'), NOW));
    expect(document).toMatchObject({ format: 'backend-path-plan', version: PLAN_VERSION, exportedAt: NOW });
  });

  it('gives the same text for the same plan, whatever order the milestones were ticked in', () => {
    const tick = (ids: string[]) => ids.reduce((p, id) => markMilestone(p, id, 'done', AT), emptyPlan('2026-09-01'));
    const text = serializePlanDocument(tick(['sql-basics', 'css-basics', 'zz-last', 'html-basics']), NOW);
    expect(serializePlanDocument(tick(['html-basics', 'zz-last', 'css-basics', 'sql-basics']), NOW)).toBe(text);
    expect(Object.keys(JSON.parse(text).plan.milestones)).toEqual([
      'css-basics',
      'html-basics',
      'sql-basics',
      'zz-last',
    ]);
  });

  it('is pretty-printed', () => {
    expect(serializePlanDocument(emptyPlan('2026-09-01'))).toContain('\n  "plan": {\n');
  });
});

describe('refusals of a whole file, in words a learner can act on', () => {
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

  it('says when there is no plan in it', () => {
    expect(refusal('{"format":"backend-path-plan","version":1}')).toBe('This plan file has no plan in it.');
  });

  it('refuses a file over 1 MB before reading it', () => {
    const text = documentText({}).replace(/}$/, `${' '.repeat(LIMITS.documentBytes)}}`);
    expect(refusal(text)).toMatch(/larger than 1 MB/);
  });

  it('reads a file of exactly 1 MB, measured in bytes', () => {
    const base = documentText({});
    const text = base.slice(0, -1) + ' '.repeat(LIMITS.documentBytes - base.length) + '}';
    expect(utf8Length(text)).toBe(1024 * 1024);
    expect(readPlanDocument(text, FILE).ok).toBe(true);
    expect(refusal(text.replace(' ', 'é'))).toMatch(/larger than 1 MB/);
  });

  // About 20 KB of brackets: small enough for a file or a share link.
  it('refuses a deeply nested value with a message, without throwing', () => {
    const depth = 10_000;
    const text = `{"format":"backend-path-plan","version":1,"plan":{"language":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    expect(() => readPlanDocument(text, FILE)).not.toThrow();
  });
});

describe('checkLimits: the writer refuses what the reader would refuse', () => {
  const big = (count: number): Plan => ({
    ...emptyPlan('2026-11-26'),
    milestones: Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`m-${i}`, { status: 'done', stamp: AT.stamp }]),
    ),
  });

  it('refuses a plan with more records than a plan holds', () => {
    const full = big(LIMITS.records);
    expect(checkLimits(full, emptyPlan('2026-11-26')).ok).toBe(true);
    const over = markMilestone(full, 'one-more', 'done', AT);
    expect(checkLimits(over, full)).toEqual({
      ok: false,
      error: expect.stringContaining('5,001 milestone records, more than the 5,000'),
    });
  });

  it('refuses a plan that would pass 1 MB, and lets one already over it shrink', () => {
    const noted = Array.from({ length: 215 }).reduce<Plan>(
      (p, _, i) => writeNote(p, `m-${i}`, 'n'.repeat(4900), AT),
      emptyPlan('2026-11-26'),
    );
    const bigger = writeNote(noted, 'one-more', 'n'.repeat(4900), AT);
    expect(checkLimits(bigger, noted)).toEqual({ ok: false, error: expect.stringContaining('larger than 1 MB') });
    expect(checkLimits(noted, bigger).ok).toBe(true);
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
});

describe('planFileName', () => {
  it('names the file after the day', () => {
    expect(planFileName('2026-11-26')).toBe('backend-path-plan-2026-11-26.json');
  });
});
