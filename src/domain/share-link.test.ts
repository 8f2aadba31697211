// @vitest-environment node
// jsdom's Blob has no stream(); browsers and Node both have the streams the share link uses.
import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyPlan, markMilestone, writeNote } from './plan';
import { readPlanDocument } from './plan-file';
import type { Plan } from './plan-schema';
import type { Result } from './result';
import { decodeShareFragment as decodeText, encodeShareFragment } from './share-link';

const FILE = { source: 'file', now: Date.parse('2026-11-26T10:00:00.000Z'), today: '2026-11-26', retired: {} } as const;
const STORAGE = { ...FILE, source: 'storage' } as const;

/** What opening a link does: unpack it, then read it as a plan file. */
async function decodeShareFragment(fragment: string): Promise<Result<Plan>> {
  const text = await decodeText(fragment);
  if (!text.ok) return text;
  const read = readPlanDocument(text.value, FILE);
  return read.ok ? { ok: true, value: read.value.plan } : read;
}

const fixture = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/plan-v1.json'),
  'utf8',
);

function fixturePlan(): Plan {
  const result = readPlanDocument(fixture, STORAGE);
  if (!result.ok) throw new Error(result.error);
  return result.value.plan;
}

/** Packs any text the way a share link does, so tests can hand-craft hostile links. */
async function packText(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `share=${Buffer.from(bytes).toString('base64url')}`;
}

async function errorOf(fragment: string): Promise<string> {
  const result = await decodeShareFragment(fragment);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.error;
}

describe('share links', () => {
  it('carry a plan there and back unchanged', async () => {
    const plan = fixturePlan();
    const fragment = await encodeShareFragment(plan);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, value: plan });
  });

  it('carry an empty plan and notes with markup and emoji', async () => {
    let plan = emptyPlan('2026-11-26');
    plan = markMilestone(plan, 'html-basics', 'done', {
      stamp: '2026-11-26T09:30:00.000Z/0/t',
      now: '2026-11-26T09:30:00.000Z',
    });
    plan = writeNote(plan, 'html-basics', '<script>alert(1)</script> ✔ 🚀 "quotes" & \\', {
      stamp: '2026-11-26T09:31:00.000Z/0/t',
      now: '2026-11-26T09:31:00.000Z',
    });
    expect(await decodeShareFragment(await encodeShareFragment(plan))).toEqual({ ok: true, value: plan });
    const empty = emptyPlan('2026-11-26');
    expect(await decodeShareFragment(await encodeShareFragment(empty))).toEqual({ ok: true, value: empty });
  });

  it('fit in a URL fragment and are read with or without the #', async () => {
    const fragment = await encodeShareFragment(fixturePlan());
    expect(fragment).toMatch(/^share=[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, value: fixturePlan() });
  });

  test.each(['', '#', 'plan=abc', '#/roadmap', 'sharing=abc', ' share=abc'])(
    'say %o does not hold a plan',
    async (fragment) => {
      expect(await errorOf(fragment)).toMatch(/does not hold a Backend Path plan/);
    },
  );

  test.each([
    ['invalid characters', 'share=abc$%^&*'],
    ['a space inside', 'share=abc def'],
    ['base64 padding and plus signs', 'share=ab+/=='],
  ])('say a link with %s is damaged', async (_label, fragment) => {
    expect(await errorOf(fragment)).toMatch(/damaged/);
  });

  test.each([0.25, 0.5, 0.9])('say a link cut to %s of its length is damaged, never throwing', async (share) => {
    const fragment = await encodeShareFragment(fixturePlan());
    const cut = fragment.slice(0, Math.floor(fragment.length * share));
    const result = await decodeShareFragment(cut);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/damaged/);
  });

  it('say a link missing its last character is refused', async () => {
    const fragment = await encodeShareFragment(fixturePlan());
    expect(await errorOf(fragment.slice(0, -1))).toMatch(/damaged/);
  });

  it('refuse bytes that are not compressed data', async () => {
    expect(await errorOf(`share=${Buffer.from('hello, this is not deflate').toString('base64url')}`)).toMatch(
      /damaged/,
    );
  });

  it('refuse a link that unpacks to something that is not a plan', async () => {
    expect(await errorOf(await packText('{"hello":1}'))).toMatch(/not a Backend Path plan file/);
    expect(await errorOf(await packText('not json'))).toMatch(/not a Backend Path plan file/);
  });

  it('refuse a tiny link that would unpack to more than 1 MB', async () => {
    const fragment = await packText(' '.repeat(2 * 1024 * 1024));
    expect(fragment.length).toBeLessThan(8000);
    expect(await errorOf(fragment)).toMatch(/more than 1 MB/);
  });

  it('read a link with a deeply nested value, setting that value aside, without rejecting', async () => {
    const depth = 10_000;
    const text = `{"format":"backend-path-plan","version":1,"plan":{"language":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const fragment = await packText(text);
    expect(fragment.length).toBeLessThan(8000);
    const opened = await decodeText(fragment);
    const read = opened.ok ? readPlanDocument(opened.value, FILE) : opened;
    expect(read).toMatchObject({
      ok: true,
      value: {
        plan: { language: null },
        setAside: ['the language a list is not one Backend Path knows', 'the pace settings are missing'],
      },
    });
  });

  it('stop unpacking a link at 1 MB, however much more it holds', async () => {
    const fragment = await packText(' '.repeat(50 * 1024 * 1024));
    expect(await errorOf(fragment)).toMatch(/more than 1 MB/);
  });
});
