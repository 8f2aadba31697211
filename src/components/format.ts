// One formatter of each kind, made on first use: making an Intl formatter costs far more than
// using one, and `toLocaleDateString` with options makes a new one on every call (the activity
// heatmap formats 182 days).
let dateFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** "3 March 2027" style, in the learner's locale, for a YYYY-MM-DD date. */
export function formatDate(date: string): string {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return dateFormat.format(new Date(`${date}T00:00:00`));
}

/** "Mar 27" style: a month on a chart's axis. */
export function formatMonth(date: string): string {
  monthFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });
  return monthFormat.format(new Date(`${date}T00:00:00`));
}

/** A count in the learner's locale: "1,064". */
export function formatNumber(count: number): string {
  numberFormat ??= new Intl.NumberFormat();
  return numberFormat.format(count);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
