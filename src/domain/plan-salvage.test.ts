// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import { describeSetAside, serializePlanDocument, utf8Length } from './plan-document';
import { LIMITS } from './plan-limits';
import { FILE, STORAGE, documentText, read, reading } from '../../tests/support/plan-fixtures';

const NOW = '2026-11-26T09:30:00.000Z';

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

describe('dates: one canonical form, compared as moments', () => {
  test.each([
    ['9999-12-31T23:59:59.999-23:59', 'year 10000'],
    ['0000-01-01T00:00:00+01:00', 'year 0'],
    ['1999-12-31T23:59:59.999Z', 'before 2000'],
    ['2027-05-01T10:00:00.000Z', 'after now, in a file'],
  ])('a completion date %s (%s) is brought back to now and counted', (completedAt) => {
    const { plan, datesAdjusted } = reading(
      documentText({ milestones: { 'html-basics': { status: 'done', updatedAt: NOW, completedAt } } }),
    );
    expect(plan.milestones['html-basics']?.completedAt).toBe('2026-11-26T10:00:00.000Z');
    expect(datesAdjusted).toBe(1);
  });

  it('writes any zone offset as the same moment in UTC with milliseconds', () => {
    const plan = read(
      documentText({
        milestones: {
          a: { status: 'done', updatedAt: '2026-11-20T10:00:00+02:00', completedAt: '2026-11-20T10:00+02:00' },
        },
      }),
    );
    expect(plan.milestones.a).toEqual({
      status: 'done',
      stamp: '2026-11-20T08:00:00.000Z/0/v1',
      completedAt: '2026-11-20T08:00:00.000Z',
    });
  });

  it('keeps future dates saved in this browser (a clock set back later must not lose them)', () => {
    const future = '2027-05-01T10:00:00.000Z';
    const text = documentText({ milestones: { a: { status: 'done', updatedAt: future, completedAt: future } } });
    expect(read(text, STORAGE).milestones.a?.completedAt).toBe(future);
  });

  it('sets aside a date that names no moment, naming it', () => {
    const { plan, setAside } = reading(
      documentText({
        milestones: { a: { status: 'done', updatedAt: '2026-02-31T10:00:00Z' }, b: { status: 'done', updatedAt: NOW } },
      }),
    );
    expect(Object.keys(plan.milestones)).toEqual(['b']);
    expect(setAside).toEqual(["'a' has a date of change that is not valid ('2026-02-31T10:00:00Z/0/v1')"]);
  });
});

describe('salvage: every readable entry is kept, each unreadable one is named', () => {
  it('reads four records and sets aside one with an unknown status', () => {
    const record = { status: 'done', updatedAt: NOW, completedAt: NOW, note: 'kept' };
    const { plan, setAside } = reading(
      documentText({
        milestones: { a: record, b: record, c: record, d: record, 'git-basics': { status: 'paused', updatedAt: NOW } },
      }),
    );
    expect(Object.keys(plan.milestones).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(describeSetAside(setAside)).toBe("1 record could not be read: 'git-basics' has status 'paused'.");
  });

  test.each([
    [
      'an id with capitals and spaces',
      { 'HTML Basics': { status: 'done', updatedAt: NOW } },
      "'HTML Basics' is not a valid milestone id",
    ],
    ['a record that is a number', { 'html-basics': 5 }, "'html-basics' is 5, not a record"],
    [
      'a change date that is no date',
      { 'html-basics': { status: 'done', updatedAt: 'yesterday' } },
      "'html-basics' has a date of change that is not valid ('yesterday/0/v1')",
    ],
    [
      'a note over 5000 characters',
      { a: { status: 'todo', updatedAt: NOW, note: 'n'.repeat(5001) } },
      "'a' has a note that is not valid",
    ],
  ])('sets aside %s', (_label, milestones, named) => {
    expect(reading(documentText({ milestones })).setAside[0]).toContain(named);
  });

  // Names of JavaScript object internals are reserved: set aside out loud rather than dropped silently.
  test.each(['constructor', 'prototype'])('sets aside the reserved id %s, keeping the rest', (id) => {
    const record = { status: 'learning', updatedAt: NOW };
    const { plan, setAside } = reading(documentText({ milestones: { [id]: record, 'html-basics': record } }));
    expect(Object.keys(plan.milestones)).toEqual(['html-basics']);
    expect(setAside).toEqual([`'${id}' is not a valid milestone id`]);
  });

  it('an unknown language and broken settings fall back, and are named', () => {
    const { plan, setAside } = reading(
      documentText({ language: 'cobol', settings: { hoursPerWeek: 500, startDate: '2026-09-01', targetDate: 'soon' } }),
    );
    expect(plan.language).toBeNull();
    expect(plan.settings).toEqual({ hoursPerWeek: 8, startDate: '2026-09-01', targetDate: null });
    expect(setAside).toEqual([
      "the language 'cobol' is not one Backend Path knows",
      'the hours per week 500 is not valid',
      "the target date 'soon' is not valid",
    ]);
  });

  test.each([
    [
      'a 5,000-character milestone id',
      documentText({ milestones: { ['X'.repeat(5000)]: { status: 'done', updatedAt: NOW } } }),
    ],
    ['a 100,000-character language', documentText({ language: 'p'.repeat(100_000) })],
    [
      'a 100,000-character status',
      documentText({ milestones: { a: { status: 's'.repeat(100_000), updatedAt: NOW } } }),
    ],
  ])('keeps what it says short for %s', (_label, text) => {
    expect(describeSetAside(reading(text).setAside).length).toBeLessThanOrEqual(300);
  });

  it('keeps the latest 5,000 records of a plan that holds more', () => {
    const milestones: Record<string, unknown> = {};
    for (let i = 0; i < 5003; i++) {
      milestones[`m-${i}`] = { status: 'done', updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() };
    }
    const { plan, setAside } = reading(documentText({ milestones }));
    expect(Object.keys(plan.milestones)).toHaveLength(LIMITS.records);
    expect(plan.milestones['m-0']).toBeUndefined();
    expect(plan.milestones['m-5002']).toBeDefined();
    expect(setAside).toEqual(['3 records beyond the 5,000 a plan can hold (the oldest changes)']);
  });
});

describe('retired milestone ids', () => {
  const retired = { 'old-sql': 'sql-basics', 'gone-for-good': null };

  it('move their record to the milestone that replaced them', () => {
    const plan = read(
      documentText({ milestones: { 'old-sql': { status: 'done', updatedAt: NOW, completedAt: NOW, note: 'joins!' } } }),
      { ...FILE, retired },
    );
    expect(plan.milestones).toEqual({
      'sql-basics': { status: 'done', stamp: `${NOW}/0/v1`, completedAt: NOW, note: 'joins!' },
    });
  });

  it('never overwrite a newer record of the replacement', () => {
    const later = '2026-11-26T09:45:00.000Z';
    const plan = read(
      documentText({
        milestones: {
          'old-sql': { status: 'done', updatedAt: NOW, completedAt: NOW },
          'sql-basics': { status: 'learning', updatedAt: later },
        },
      }),
      { ...FILE, retired },
    );
    expect(plan.milestones).toEqual({ 'sql-basics': { status: 'learning', stamp: `${later}/0/v1` } });
  });

  it('with nothing to replace them keep their record as it is', () => {
    const plan = read(documentText({ milestones: { 'gone-for-good': { status: 'done', updatedAt: NOW } } }), {
      ...FILE,
      retired,
    });
    expect(Object.keys(plan.milestones)).toEqual(['gone-for-good']);
  });
});

describe('plans saved by an older version beyond today’s limits', () => {
  it('are read from this browser with their longest notes set aside until they fit', () => {
    const milestones: Record<string, unknown> = {};
    for (let i = 0; i < 230; i++) milestones[`m-${i}`] = { status: 'todo', updatedAt: NOW, note: 'n'.repeat(4900 - i) };
    const text = documentText({ milestones });
    expect(text.length).toBeGreaterThan(LIMITS.documentBytes);
    const { plan, setAside } = reading(text, STORAGE);
    expect(utf8Length(serializePlanDocument(plan))).toBeLessThanOrEqual(LIMITS.documentBytes);
    expect(Object.keys(plan.milestones)).toHaveLength(230);
    expect(setAside[0]).toBe("the note on 'm-0' (4,900 characters): the plan was larger than 1 MB");
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
  ])('sets the milestone with %s aside', (url) => {
    const { plan, setAside } = reading(withLink(url));
    expect(plan.custom).toEqual([]);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatch(/^your milestone 'Read DDIA' has a list of links that is not valid/);
  });

  test.each(['http://example.com/', 'https://dataintensive.net/', 'https://example.com/a?b=c#d'])(
    'accepts %s',
    (url) => {
      expect(read(withLink(url)).custom[0]?.resources[0]?.url).toBe(url);
    },
  );
});
