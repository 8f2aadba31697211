import type { Source } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-08" reads "August 2026", "2025-02-24" reads "24 February 2025", "2025" stays "2025". */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(asOf);
  if (!match) return asOf;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? asOf;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** How a source is named in a label: "TIOBE index, August 2026". */
export function sourceLabel(source: Source): string {
  return `${source.name ?? source.title}, ${formatAsOf(source.asOf)}`;
}

/** Two mentions of one source (same address, same title) share one footnote. */
function sourceKey(source: Source): string {
  return `${source.url} ${source.title} ${source.asOf}`;
}

export interface NumberedSources {
  /** Each distinct source once, in the order it was first cited. */
  readonly list: readonly Source[];
  /** The footnote number (from 1) of a source in the list. */
  readonly numberOf: (source: Source) => number;
}

/**
 * Footnotes for sources cited in reading order: the first source cited is 1, a source cited
 * again keeps its number.
 */
export function numberSources(cited: readonly Source[]): NumberedSources {
  const numbers = new Map<string, number>();
  const list: Source[] = [];
  for (const source of cited) {
    const key = sourceKey(source);
    if (numbers.has(key)) continue;
    list.push(source);
    numbers.set(key, list.length);
  }
  return {
    list,
    numberOf: (source) => {
      const number = numbers.get(sourceKey(source));
      if (number === undefined) throw new Error(`Source not cited: ${source.title}`);
      return number;
    },
  };
}
