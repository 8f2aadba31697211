/** The one place that reads the clock, so domain functions can take time as an argument. */
export const nowIso = (): string => new Date().toISOString();

/** Today in the learner's own time zone, as YYYY-MM-DD. */
export function todayIso(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
