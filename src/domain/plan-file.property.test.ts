// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlanDocument as readWith, type ReadOptions } from './plan-file';
import { serializePlanDocument } from './plan-document';
import { mergePlans } from './plan-merge';
import type { CustomMilestone, MilestoneRecord, Plan } from './plan-schema';
import { LANGUAGE_IDS, MILESTONE_STATUSES, STAGE_IDS } from './types';

// Arbitraries follow the rules of the plan file (DESIGN.md, "The plan file"), written out here
// rather than derived from the schema, so a schema that drifts from them is caught.

const MIN_DATE = new Date('2000-01-01T00:00:00.000Z');
const MAX_DATE = new Date('2099-12-31T23:59:59.999Z');

const timestamp = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true }).map((d) => d.toISOString());
const stamp = fc
  .tuple(timestamp, fc.integer({ min: 0, max: 999_999 }), fc.stringMatching(/^[a-z0-9]{1,16}$/))
  .map(([wall, count, node]) => `${wall}/${count}/${node}`);

/** What this browser's storage holds is read as it is: no date is brought back to now. */
const STORAGE: ReadOptions = {
  source: 'storage',
  now: Date.parse('2026-11-26T10:00:00.000Z'),
  today: '2026-11-26',
  retired: {},
};
const readPlanDocument = (text: string) => {
  const result = readWith(text, STORAGE);
  return result.ok ? { ok: true as const, value: result.value.plan } : result;
};
const day = timestamp.map((t) => t.slice(0, 10));
const milestoneId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/);

const HOSTILE_SNIPPETS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"}]}',
  '\\u0000',
  '\u0000',
  '\u2028\u2029',
  '__proto__',
  '{{7*7}}',
  '\uD800', // a lone surrogate
];

/** Any text a learner might type or paste: any Unicode, markup, JSON and control characters. */
const text = (maxLength: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.string({ unit: 'grapheme', maxLength: 10 }),
          fc.constantFrom(...HOSTILE_SNIPPETS),
          fc.string({ maxLength: 10 }),
        )
        .map((parts) => parts.join('').slice(0, maxLength)),
    },
  );

const note = fc.oneof(
  { weight: 10, arbitrary: text(300) },
  { weight: 1, arbitrary: fc.constant('ü'.repeat(5000)) }, // exactly at the limit
);

const hours = fc.oneof(fc.integer({ min: 0, max: 80 }), fc.double({ min: 0, max: 80, noNaN: true }));

const webUrl = fc
  .webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true })
  .filter((url) => url.length <= 2000);

const record: fc.Arbitrary<MilestoneRecord> = fc.record(
  {
    status: fc.constantFrom(...MILESTONE_STATUSES),
    stamp,
    completedAt: timestamp,
    note,
  },
  { requiredKeys: ['status', 'stamp'], noNullPrototype: true },
);

const link = fc.record({ title: text(100).filter((t) => t.length > 0), url: webUrl }, { noNullPrototype: true });

const customMilestone: fc.Arbitrary<CustomMilestone> = fc.record(
  {
    id: fc.stringMatching(/^own-[a-z0-9-]{1,76}$/),
    stageId: fc.constantFrom(...STAGE_IDS),
    title: text(100).filter((t) => t.length > 0),
    hours: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
    resources: fc.array(link, { maxLength: 3 }),
    stamp,
  },
  { noNullPrototype: true },
);

const settings = fc.record(
  { hoursPerWeek: hours, startDate: day, targetDate: fc.option(day, { nil: null }) },
  { noNullPrototype: true },
);

const validPlan: fc.Arbitrary<Plan> = fc
  .record(
    {
      language: fc.constantFrom(null, ...LANGUAGE_IDS),
      settings,
      settingsStamp: fc.option(stamp, { nil: null }),
      milestones: fc.dictionary(milestoneId, record, { maxKeys: 20, noNullPrototype: true }),
      custom: fc.uniqueArray(customMilestone, { maxLength: 3, selector: (m) => m.id }),
      removedCustom: fc.dictionary(fc.stringMatching(/^own-[a-z0-9-]{1,76}$/), stamp, {
        maxKeys: 3,
        noNullPrototype: true,
      }),
      resetStamp: fc.option(stamp, { nil: null }),
    },
    { noNullPrototype: true },
  )
  .map((plan) => ({
    ...plan,
    // An own milestone is on the road or removed, never both.
    removedCustom: Object.fromEntries(
      Object.entries(plan.removedCustom).filter(([id]) => !plan.custom.some((m) => m.id === id)),
    ),
  }));

/** The document as another tool (or an older export) would write it. */
const documentOf = (plan: unknown, exportedAt?: string) =>
  ({ format: 'backend-path-plan', version: 2, ...(exportedAt ? { exportedAt } : {}), plan }) as Record<string, unknown>;

const validDocument = fc
  .tuple(validPlan, fc.option(timestamp, { nil: undefined }))
  .map(([plan, exportedAt]) => documentOf(plan, exportedAt));

// ------------------------------------------------------------------------------------------------
// Hostile documents

type Path = (string | number)[];

/** Every place in a JSON value, except the root. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item]));
  return Object.values(value as object);
}

type Mutation = 'remove' | 'replace' | 'retype' | 'add-field' | 'nullify';

function mutate(document: Record<string, unknown>, pick: number, kind: Mutation, replacement: unknown): unknown {
  const copy = structuredClone(document);
  const paths = pathsIn(copy);
  const path = paths[pick % paths.length] ?? ['plan'];
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
  const key = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, unknown>;
  switch (kind) {
    case 'remove':
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[key];
      break;
    case 'replace':
      container[key] = replacement;
      break;
    case 'retype':
      container[key] = retype(container[key]);
      break;
    case 'nullify':
      container[key] = null;
      break;
    case 'add-field': {
      const target = container[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        (target as Record<string, unknown>)['from-a-newer-version'] = replacement;
      } else container[key] = replacement;
      break;
    }
  }
  return copy;
}

const mutatedDocument = fc
  .tuple(
    validDocument,
    fc.nat(),
    fc.constantFrom<Mutation>('remove', 'replace', 'retype', 'add-field', 'nullify'),
    fc.jsonValue({ maxDepth: 3 }),
  )
  .map(([document, pick, kind, replacement]) => JSON.stringify(mutate(document, pick, kind, replacement)));

const DANGEROUS_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/1',
  '//evil.example/',
  '/relative/path',
  'https:evil.example',
  'http:/evil.example',
  'ftp://example.com/',
  'mailto:someone@example.com',
  'HTTPS://EXAMPLE.COM/',
  'http://',
  'https://exa mple.com',
  '',
];

/** A valid document whose own milestones carry links of any kind. */
const documentWithLinks = fc
  .tuple(
    validPlan,
    fc.array(
      fc.oneof(
        fc.constantFrom(...DANGEROUS_URLS),
        fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'javascript', 'data', 'file', 'ws'] }),
        fc.string(),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    customMilestone,
  )
  .map(([plan, urls, custom]) =>
    JSON.stringify(
      documentOf({ ...plan, custom: [{ ...custom, resources: urls.map((url, i) => ({ title: `Link ${i}`, url })) }] }),
    ),
  );

const truncatedDocument = fc.tuple(validDocument, fc.nat()).map(([document, at]) => {
  const whole = JSON.stringify(document, null, 2);
  return whole.slice(0, at % whole.length);
});

const randomBytes = fc
  .uint8Array({ maxLength: 2000 })
  .map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: mutatedDocument },
  { weight: 2, arbitrary: documentWithLinks },
  { weight: 1, arbitrary: fc.anything().map((value) => JSON.stringify(value) ?? 'undefined') },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.anything().map((plan) => JSON.stringify(documentOf(plan)) ?? '') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.jsonValue(), fc.jsonValue(), validPlan)
      .map(([format, version, plan]) => JSON.stringify({ format, version, plan })),
  },
  { weight: 1, arbitrary: randomBytes },
  { weight: 1, arbitrary: truncatedDocument },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

// ------------------------------------------------------------------------------------------------

function expectAcceptedPlanToBeSafe(plan: Plan): void {
  // It is written out and read back as the very same plan.
  const again = readPlanDocument(serializePlanDocument(plan));
  expect(again).toEqual({ ok: true, value: plan });
  // Links are only ever web links.
  for (const custom of plan.custom) {
    for (const resource of custom.resources) {
      expect(resource.url).toMatch(/^https?:\/\//i);
      expect(['http:', 'https:']).toContain(new URL(resource.url).protocol);
    }
  }
}

describe('readPlanDocument on valid plans', () => {
  it('reads every valid plan as written and survives serialize -> read unchanged', () => {
    fc.assert(
      fc.property(validPlan, fc.option(timestamp, { nil: undefined }), (plan, exportedAt) => {
        const result = readPlanDocument(JSON.stringify(documentOf(plan, exportedAt), null, 2));
        expect(result).toEqual({ ok: true, value: plan });
        const text = serializePlanDocument(plan, exportedAt);
        expect(readPlanDocument(text)).toEqual({ ok: true, value: plan });
        // The same plan always gives the same file.
        expect(serializePlanDocument(structuredClone(plan), exportedAt)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('merging two valid plans gives a valid plan', () => {
    fc.assert(
      fc.property(validPlan, validPlan, (ours, theirs) => {
        const merged = mergePlans(ours, theirs);
        expect(readPlanDocument(serializePlanDocument(merged))).toEqual({ ok: true, value: merged });
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('readPlanDocument on hostile text', () => {
  it('never throws, explains every refusal, and accepts only safe plans that round-trip', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const result = readPlanDocument(input);
        if (result.ok) expectAcceptedPlanToBeSafe(result.value);
        else {
          expect(typeof result.error).toBe('string');
          expect(result.error.trim()).not.toBe('');
        }
      }),
      { numRuns: 4500 },
    );
  }, 60_000);

  it('refuses every truncated plan file as not valid JSON', () => {
    fc.assert(
      fc.property(truncatedDocument, (input) => {
        const result = readPlanDocument(input);
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.error).toMatch(/not valid JSON/);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never lets an import of hostile text change or break the current plan', () => {
    fc.assert(
      fc.property(validPlan, hostileText, (current, input) => {
        const before = structuredClone(current);
        const result = readPlanDocument(input);
        const after = result.ok ? mergePlans(current, result.value) : current;
        // The current plan object itself is never modified, whatever happens.
        expect(current).toEqual(before);
        if (!result.ok) expect(after).toBe(current);
        else expect(readPlanDocument(serializePlanDocument(after))).toEqual({ ok: true, value: after });
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('never throws on deeply nested values anywhere in a document', () => {
    fc.assert(
      fc.property(
        validDocument,
        fc.nat(),
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom('[', '{"a":'),
        (document, pick, depth, opener) => {
          const closer = opener === '[' ? ']' : '}';
          const marker = '"__deep__"';
          const text = JSON.stringify(mutate(document, pick, 'replace', '__deep__')).replace(
            marker,
            opener.repeat(depth) + '1' + closer.repeat(depth),
          );
          const result = readPlanDocument(text);
          if (!result.ok) expect(result.error.trim()).not.toBe('');
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
