// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStamps, formatStamp, latestStamp, observe, parseStamp, startClock, tick } from './hlc';

const T = Date.parse('2026-11-26T10:00:00.000Z');
const HOUR = 3600_000;

describe('stamps', () => {
  it('are written and read back', () => {
    const stamp = { wall: T, count: 3, node: 'k3x9q2a1' };
    expect(formatStamp(stamp)).toBe('2026-11-26T10:00:00.000Z/3/k3x9q2a1');
    expect(parseStamp(formatStamp(stamp))).toEqual(stamp);
  });

  it.each([
    '2026-11-26T10:00:00Z/0/a',
    '2026-11-26T10:00:00.000Z/01/a',
    '2026-11-26T10:00:00.000Z/0/A',
    '+010000-01-01T00:00:00.000Z/0/a',
    '1999-12-31T23:59:59.999Z/0/a',
    'x',
  ])('refuse %o', (text) => {
    expect(parseStamp(text)).toBeNull();
  });

  it('compare by time, then counter, then tab, as numbers', () => {
    expect(compareStamps('2026-11-26T10:00:00.000Z/0/a', '2026-11-26T10:00:00.001Z/0/a')).toBeLessThan(0);
    expect(compareStamps('2026-11-26T10:00:00.000Z/10/a', '2026-11-26T10:00:00.000Z/9/a')).toBeGreaterThan(0);
    expect(compareStamps('2026-11-26T10:00:00.000Z/1/b', '2026-11-26T10:00:00.000Z/1/a')).toBeGreaterThan(0);
    expect(latestStamp(['2026-11-26T10:00:00.000Z/0/a', '2027-01-01T00:00:00.000Z/0/a', 'broken'])).toBe(
      '2027-01-01T00:00:00.000Z/0/a',
    );
  });
});

describe('the clock', () => {
  it('gives each change a later stamp, even when the wall clock stands still or goes back', () => {
    let clock = startClock('a');
    const stamps: string[] = [];
    for (const now of [T, T, T - HOUR, T + 1]) {
      clock = tick(clock, now);
      stamps.push(formatStamp(clock));
    }
    expect(stamps).toEqual([
      '2026-11-26T10:00:00.000Z/0/a',
      '2026-11-26T10:00:00.000Z/1/a',
      '2026-11-26T10:00:00.000Z/2/a',
      '2026-11-26T10:00:00.001Z/0/a',
    ]);
  });

  it('moves past a stamp from a tab whose clock runs an hour fast', () => {
    const fast = tick(startClock('fast'), T + HOUR);
    const honest = tick(observe(startClock('honest'), formatStamp(fast)), T + 60_000);
    expect(compareStamps(formatStamp(honest), formatStamp(fast))).toBeGreaterThan(0);
  });

  it('orders a change after every stamp it has seen (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -HOUR, max: HOUR }), fc.boolean()), { maxLength: 30 }),
        fc.integer({ min: -HOUR, max: HOUR }),
        (events, skew) => {
          let a = startClock('a');
          let b = startClock('b');
          let now = T;
          for (const [step, fromA] of events) {
            now += Math.abs(step) % 5000;
            if (fromA) {
              a = tick(a, now + skew);
              const seen = formatStamp(a);
              b = tick(observe(b, seen), now);
              expect(compareStamps(formatStamp(b), seen)).toBeGreaterThan(0);
            } else {
              b = tick(b, now);
              const seen = formatStamp(b);
              a = tick(observe(a, seen), now + skew);
              expect(compareStamps(formatStamp(a), seen)).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
