import { localDay } from '../domain/progress';

/** The one place that reads the clock, so domain functions can take time as an argument. */
export const nowIso = (): string => new Date().toISOString();

/** Today in the learner's own time zone, as YYYY-MM-DD. */
export const todayIso = (date = new Date()): string => localDay(date.toISOString());
