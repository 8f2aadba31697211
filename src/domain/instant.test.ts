// @vitest-environment node
import { describe, expect, it, test } from 'vitest';
import { formatInstant, isCanonicalInstant, isInRange, parseInstant } from './instant';

describe('parseInstant', () => {
  test.each([
    ['2026-11-26T09:30:00.000Z', '2026-11-26T09:30:00.000Z'],
    ['2026-11-26T09:30:00Z', '2026-11-26T09:30:00.000Z'],
    ['2026-11-26T09:30Z', '2026-11-26T09:30:00.000Z'],
    ['2026-11-26T10:30:00+01:00', '2026-11-26T09:30:00.000Z'],
    ['2026-11-26T04:00:00-0530', '2026-11-26T09:30:00.000Z'],
    ['2026-11-26T09:30:00.123456789Z', '2026-11-26T09:30:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as the moment %s', (text, canonical) => {
    expect(formatInstant(parseInstant(text))).toBe(canonical);
  });

  it('reads moments outside four-digit years as numbers, never as text', () => {
    expect(parseInstant('9999-12-31T23:59:59.999-23:59')).toBeGreaterThan(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
    expect(parseInstant('0000-01-01T00:00:00+01:00')).toBeLessThan(Date.UTC(2000, 0, 1));
    expect(parseInstant('+010000-01-01T00:00:00.000Z')).toBeGreaterThan(Date.UTC(9999, 0, 1));
  });

  test.each([
    '2026-02-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-11-26T24:00:00Z',
    '2026-11-26T09:30:00',
    '2026-11-26',
    'tomorrow',
    '',
    '-000000-01-01T00:00:00Z',
  ])('finds no moment in %o', (text) => {
    expect(parseInstant(text)).toBeNaN();
  });
});

describe('the canonical form', () => {
  test.each([
    ['2026-11-26T09:30:00.000Z', true],
    ['2026-11-26T09:30:00Z', false],
    ['2026-11-26T10:30:00.000+01:00', false],
    ['+010000-01-01T23:58:59.999Z', false],
    ['2026-02-31T00:00:00.000Z', false],
  ])('%s is canonical: %s', (text, canonical) => {
    expect(isCanonicalInstant(text)).toBe(canonical);
  });

  it('spans 2000 to 9999', () => {
    expect(isInRange(Date.UTC(2000, 0, 1))).toBe(true);
    expect(isInRange(Date.UTC(1999, 11, 31))).toBe(false);
    expect(isInRange(Date.UTC(10000, 0, 1))).toBe(false);
    expect(isInRange(Number.NaN)).toBe(false);
  });
});
