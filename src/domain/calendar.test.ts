// @vitest-environment node
// Pure domain code: no DOM is needed, and Node starts much faster than jsdom.
import { describe, expect, it, test } from 'vitest';
import { checkTarget, projectFinish } from './calendar';

const TODAY = '2026-11-26'; // a Thursday

describe('projectFinish', () => {
  it('says finished when nothing remains', () => {
    expect(projectFinish(0, 5, TODAY)).toEqual({ kind: 'finished' });
  });

  test.each([0, -1, Number.NaN])('has no pace at %s hours a week', (pace) => {
    expect(projectFinish(10, pace, TODAY)).toEqual({ kind: 'no-pace' });
  });

  test.each([
    [10, 5, '2026-11-26', '2026-12-10', 2],
    [5, 5, '2026-11-26', '2026-12-03', 1],
    [6, 5, '2026-11-26', '2026-12-05', 2], // 1.2 weeks = 8.4 days, rounded up to 9 days
    [8, 4, '2026-12-25', '2027-01-08', 2], // across the year end
    [40, 10, '2028-02-15', '2028-03-14', 4], // across a leap day
  ])('%s h left at %s h/week from %s ends on %s (%s weeks)', (remaining, pace, today, date, weeks) => {
    expect(projectFinish(remaining, pace, today)).toEqual({ kind: 'date', date, weeks });
  });

  // The process time zone is switched so a local-time implementation would land on another day.
  test.each([
    ['Europe/Berlin', '2026-03-26', '2026-04-02'], // clocks go forward on 2026-03-29
    ['Europe/Berlin', '2026-10-22', '2026-10-29'], // clocks go back on 2026-10-25
    ['America/New_York', '2026-10-29', '2026-11-05'], // clocks go back on 2026-11-01
    ['Australia/Sydney', '2026-04-01', '2026-04-08'], // clocks go back on 2026-04-05
  ])('in %s a week from %s across a daylight saving change is %s', (zone, today, date) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(projectFinish(5, 5, today)).toEqual({ kind: 'date', date, weeks: 1 });
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('checkTarget', () => {
  it('has nothing to say without a target date', () => {
    expect(checkTarget(projectFinish(10, 5, TODAY), null, 10, TODAY)).toEqual({ kind: 'no-target' });
  });

  it('is on track with the spare days before the target', () => {
    // Finishes 2026-12-10; the target is three weeks later.
    expect(checkTarget(projectFinish(10, 5, TODAY), '2026-12-31', 10, TODAY)).toEqual({
      kind: 'on-track',
      spareDays: 21,
    });
  });

  it('is on track when finishing on the target day itself', () => {
    const check = checkTarget(projectFinish(10, 5, TODAY), '2026-12-10', 10, TODAY);
    expect(check.kind).toBe('on-track');
    // Numeric equality: the value is -0 today, which reads as 0 everywhere but toLocaleString.
    expect(check.kind === 'on-track' && check.spareDays === 0).toBe(true);
  });

  it('is behind, with the days late and the weekly hours that would make it', () => {
    // 40 h at 5 h/week takes 8 weeks (to 2027-01-21); the target is in 4 weeks, so 10 h/week would do.
    expect(checkTarget(projectFinish(40, 5, TODAY), '2026-12-24', 40, TODAY)).toEqual({
      kind: 'behind',
      lateDays: 28,
      hoursPerWeekNeeded: 10,
    });
  });

  it('rounds the hours needed up to the next half hour', () => {
    // 10 h in 3 weeks is 3.33 h/week: 3.5 is the smallest pace on the half hour that makes it.
    const check = checkTarget(projectFinish(10, 1, TODAY), '2026-12-17', 10, TODAY);
    expect(check).toMatchObject({ kind: 'behind', hoursPerWeekNeeded: 3.5 });
  });

  it('is behind with no pace that could help when the target has passed', () => {
    expect(checkTarget(projectFinish(10, 5, TODAY), '2026-11-01', 10, TODAY)).toEqual({
      kind: 'behind',
      lateDays: 39,
      hoursPerWeekNeeded: null,
    });
  });

  it('is behind without a pace, still telling the pace needed', () => {
    const check = checkTarget(projectFinish(20, 0, TODAY), '2026-12-24', 20, TODAY);
    expect(check).toMatchObject({ kind: 'behind', hoursPerWeekNeeded: 5 });
  });

  it('is on track once everything is done', () => {
    expect(checkTarget(projectFinish(0, 5, TODAY), '2026-12-31', 0, TODAY)).toEqual({
      kind: 'on-track',
      spareDays: 35,
    });
  });
});
