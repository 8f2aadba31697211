import type { Source } from '../domain/types';

/** The id of a numbered source in the list under the table. */
export const sourceAnchor = (number: number) => `source-${number}`;

/** Footnote markers after a fact, each a link to its numbered source under the table. */
export function FootnoteRefs({
  sources,
  numberOf,
}: {
  sources: readonly Source[];
  numberOf: (source: Source) => number;
}) {
  if (sources.length === 0) return null;
  const numbers = [...new Set(sources.map(numberOf))];
  return (
    <sup className="footnote-refs">
      {numbers.map((number, index) => (
        <span key={number}>
          {index > 0 && ','}
          <a href={`#${sourceAnchor(number)}`} aria-label={`Source ${number}`}>
            {number}
          </a>
        </span>
      ))}
    </sup>
  );
}
