import { factSources, seriesSources, TEXT_FACT_KEYS, type TextFactKey } from '../domain/citations';
import type { FigureKey, FigureSeries, LanguageProfile } from '../domain/language-facts';
import { seriesLabel, shareOfMax } from '../domain/ranking';
import type { LanguageId, Source } from '../domain/types';
import { FigureBar } from './figure-bar';
import { FootnoteRefs } from './footnote-refs';
import './data-table.css';

export interface SortState {
  readonly key: FigureKey;
  readonly direction: 'asc' | 'desc';
}

const TEXT_ROW_LABELS: Readonly<Record<TextFactKey, string>> = {
  typing: 'Typing',
  concurrency: 'Concurrency model',
  packages: 'Packages',
  typicalUses: 'Typical uses',
  learningNotes: 'Learning notes',
  firstRelease: 'First released',
};

/** Relative tiers: tuned peak numbers say little more than an order of magnitude. */
function throughputTier(requestsPerSecond: number): string {
  if (requestsPerSecond >= 300_000) return 'Top tier';
  if (requestsPerSecond >= 150_000) return 'High';
  if (requestsPerSecond >= 50_000) return 'Middle';
  return 'Lower';
}

interface CompareTableProps {
  /** Every language, in the order the columns show them. */
  readonly columns: readonly LanguageProfile[];
  readonly series: readonly FigureSeries[];
  readonly names: Readonly<Record<LanguageId, string>>;
  readonly sort: SortState | null;
  readonly onSort: (key: FigureKey) => void;
  /** The footnote number of each cited source, listed under the table. */
  readonly numberOf: (source: Source) => number;
}

/** Languages side by side, one column each; every fact carries a footnote to its source. */
export function CompareTable({ columns, series, names, sort, onSort, numberOf }: CompareTableProps) {
  return (
    <table className="compare-table">
      <caption>Compare backend languages: facts, each with a numbered source listed below the table</caption>
      <colgroup>
        <col className="compare-table__fact-col" />
        {columns.map((p) => (
          <col key={p.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Fact</th>
          {columns.map((p) => (
            <th key={p.id} scope="col">
              {names[p.id]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map((row) => {
          const figures = columns.map((p) => p[row.key]);
          const shares = shareOfMax(figures.map((figure) => figure?.value ?? null));
          return (
            <tr key={row.key}>
              <th scope="row">
                {seriesLabel(row)}
                <FootnoteRefs sources={seriesSources(row)} numberOf={numberOf} />
                <span className="compare-table__note">{row.caveat}</span>
                <button type="button" className="secondary sort-button" onClick={() => onSort(row.key)}>
                  Sort by this
                  {sort?.key === row.key ? (sort.direction === 'desc' ? ' (highest first)' : ' (lowest first)') : ''}
                </button>
              </th>
              {figures.map((figure, index) => (
                <td key={columns[index]?.id}>
                  {figure === null ? (
                    <span className="stat-label">Not listed</span>
                  ) : (
                    <>
                      {row.key === 'throughput' && <span className="badge">{throughputTier(figure.value)}</span>}{' '}
                      <span className="figure">{figure.display}</span>
                      <FootnoteRefs sources={figure.noteSources ?? []} numberOf={numberOf} />
                      <FigureBar share={shares[index] ?? 0} />
                      {figure.note && <span className="compare-table__note">{figure.note}</span>}
                    </>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
        <tr>
          <th scope="row">Main frameworks</th>
          {columns.map((p) => (
            <td key={p.id}>
              <ul className="compare-table__frameworks">
                {p.frameworks.map((framework) => (
                  <li key={framework.name}>
                    <a href={framework.url} target="_blank" rel="noopener noreferrer">
                      {framework.name}
                    </a>
                    {framework.firstRelease && (
                      <>
                        {' '}
                        <span className="stat-label">({framework.firstRelease.text})</span>
                        <FootnoteRefs sources={[framework.firstRelease.source]} numberOf={numberOf} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </td>
          ))}
        </tr>
        {TEXT_FACT_KEYS.map((key) => (
          <tr key={key}>
            <th scope="row">{TEXT_ROW_LABELS[key]}</th>
            {columns.map((p) => (
              <td key={p.id}>
                {p[key].qualitative && <span className="badge">Judgement</span>} {p[key].text}
                <FootnoteRefs sources={factSources(p[key])} numberOf={numberOf} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
