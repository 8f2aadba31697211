import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { languageProfiles, seedArticleLabel, seedArticleOpinions, seedArticleSummary } from '../content/language-profiles';
import { languageName } from '../content/languages';
import type { Criterion, Figure, LanguageProfile, TextFact, Weights } from '../domain/language-facts';
import { CRITERIA } from '../domain/language-facts';
import type { Source } from '../domain/types';
import { CRITERION_LABELS, DEFAULT_WEIGHTS, MAX_WEIGHT, rankLanguages, sortByFigure, type FigureKey } from '../domain/ranking';
import { actions, useLanguage } from '../store/app-store';

interface FigureRow {
  key: FigureKey;
  label: string;
}

const FIGURE_ROWS: readonly FigureRow[] = [
  { key: 'surveyUsage', label: 'Used by developers (Stack Overflow 2025)' },
  { key: 'tiobe', label: 'TIOBE index, September 2026' },
  { key: 'websiteShare', label: 'Share of websites (W3Techs)' },
  { key: 'throughput', label: 'Throughput (TechEmpower Round 23)' },
];

const TEXT_ROWS: readonly { key: 'typing' | 'concurrency' | 'packages' | 'typicalUses' | 'learningNotes' | 'firstRelease'; label: string }[] = [
  { key: 'typing', label: 'Typing' },
  { key: 'concurrency', label: 'Concurrency model' },
  { key: 'packages', label: 'Packages' },
  { key: 'typicalUses', label: 'Typical uses' },
  { key: 'learningNotes', label: 'Learning notes' },
  { key: 'firstRelease', label: 'First released' },
];

/** Relative tiers: tuned peak numbers say little more than an order of magnitude. */
function throughputTier(requestsPerSecond: number): string {
  if (requestsPerSecond >= 300_000) return 'Top tier';
  if (requestsPerSecond >= 150_000) return 'High';
  if (requestsPerSecond >= 50_000) return 'Middle';
  return 'Lower';
}

interface SortState {
  key: FigureKey;
  direction: 'asc' | 'desc';
}

export function ComparePage() {
  const current = useLanguage();
  const [weights, setWeights] = useState<Weights>(DEFAULT_WEIGHTS);
  const [sort, setSort] = useState<SortState | null>(null);
  const [chosenMessage, setChosenMessage] = useState('');
  const ranking = useMemo(() => rankLanguages(languageProfiles, weights), [weights]);
  const columns = sort ? sortByFigure(languageProfiles, sort.key, sort.direction) : languageProfiles;
  const sortLabel = sort
    ? `Languages sorted by ${FIGURE_ROWS.find((r) => r.key === sort.key)?.label}, ${sort.direction === 'desc' ? 'highest' : 'lowest'} first.`
    : '';

  const choose = (profile: LanguageProfile) => {
    actions().chooseLanguage(profile.id);
    setChosenMessage(`${languageName(profile.id)} is now your plan's language. Your progress on everything else is kept.`);
  };

  const toggleSort = (key: FigureKey) =>
    setSort((s) => (s?.key === key ? { key, direction: s.direction === 'desc' ? 'asc' : 'desc' } : { key, direction: 'desc' }));

  return (
    <>
      <title>Compare languages · Backend Path</title>
      <h1>Compare backend languages</h1>
      <p className="lead">
        Measured figures with their sources and dates, next to what each language is like to learn. No single number
        picks a language for you: weigh what matters to you below.
      </p>

      <section className="card" aria-labelledby="choose-heading">
        <h2 id="choose-heading">Help me choose</h2>
        <fieldset>
          <legend>What matters to you (0 = not at all, {MAX_WEIGHT} = a lot)</legend>
          <div className="grid">
            {CRITERIA.map((criterion) => (
              <WeightSlider
                key={criterion}
                criterion={criterion}
                value={weights[criterion]}
                onChange={(value) => setWeights((w) => ({ ...w, [criterion]: value }))}
              />
            ))}
          </div>
        </fieldset>
        <p role="status">{chosenMessage}</p>
        <ol className="ranking" aria-label="Languages ranked by what matters to you">
          {ranking.map((ranked, index) => (
            <li key={ranked.id}>
              <div className="ranking__text">
                <strong>
                  {index + 1}. {languageName(ranked.id)}
                </strong>{' '}
                <span className="badge">{ranked.score} / 100</span>
                {current === ranked.id && <span className="badge badge--ready"> Your language</span>}
                <br />
                <span className="stat-label">{ranked.reason}</span>
              </div>
              <button
                type="button"
                className={current === ranked.id ? 'secondary' : undefined}
                onClick={() => choose(languageProfiles.find((p) => p.id === ranked.id) ?? languageProfiles[0]!)}
              >
                Choose {languageName(ranked.id)}
              </button>
            </li>
          ))}
        </ol>
        <p className="stat-label" style={{ marginTop: '0.75rem' }}>
          Job market, raw performance and web presence come from the figures in the table. Gentle start, data and machine
          learning, and one language front to back are Backend Path’s own judgement, with the reason given for each.
        </p>
      </section>

      <p role="status" className="visually-hidden">
        {sortLabel}
      </p>
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label="Comparison table, scrolls sideways" tabIndex={0}>
        <table>
          <caption>Compare backend languages: facts with their sources</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              {columns.map((p) => (
                <th key={p.id} scope="col">
                  {languageName(p.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIGURE_ROWS.map((row) => {
              const figures = languageProfiles.map((p) => p[row.key]).filter((f): f is Figure => f !== null);
              // What holds for the whole row is said once, beside its header.
              const caveat = figures.every((f) => f.caveat === figures[0]?.caveat) ? figures[0]?.caveat : undefined;
              const sharedSource = figures[0]?.source;
              return (
                <tr key={row.key}>
                  <th scope="row">
                    {row.label}
                    {caveat && <span className="source">{caveat}</span>}
                    {sharedSource && <SourceLine source={sharedSource} />}
                    <button type="button" className="secondary sort-button" onClick={() => toggleSort(row.key)}>
                      Sort by this
                      {sort?.key === row.key ? (sort.direction === 'desc' ? ' (highest first)' : ' (lowest first)') : ''}
                    </button>
                  </th>
                  {columns.map((p) => (
                    <td key={p.id}>
                      <FigureCell
                        figure={p[row.key]}
                        showCaveat={!caveat}
                        tier={row.key === 'throughput' ? throughputTier(p.throughput.value) : undefined}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr>
              <th scope="row">Main frameworks</th>
              {columns.map((p) => (
                <td key={p.id}>
                  <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                    {p.frameworks.items.map((f) => (
                      <li key={f.name}>
                        <a href={f.url} target="_blank" rel="noopener noreferrer">
                          {f.name}
                        </a>{' '}
                        <span className="stat-label">(since {f.firstRelease})</span>
                      </li>
                    ))}
                  </ul>
                  <SourceLine source={p.frameworks.source} />
                </td>
              ))}
            </tr>
            {TEXT_ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map((p) => (
                  <td key={p.id}>
                    <TextCell fact={p[row.key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="stat-label" style={{ marginTop: '0.5rem' }}>
        “Secondary” marks a figure read in a source that quotes the measuring body. “Judgement” marks text that describes
        rather than measures. Never compare survey figures of different years or groups.
      </p>

      <section className="card" aria-labelledby="opinions-heading" style={{ marginTop: '1.5rem' }}>
        <h2 id="opinions-heading">One article’s opinions</h2>
        <p>
          {seedArticleLabel}. {seedArticleSummary} These are the opinions of one article, shown for context; they are not
          measurements.
        </p>
        <ul>
          {seedArticleOpinions.map((opinion) => (
            <li key={opinion.language}>
              <strong>{languageName(opinion.language)}:</strong> {opinion.claim}
            </li>
          ))}
        </ul>
      </section>
      <p>
        Ready? <Link to="/roadmap">Open your roadmap</Link>.
      </p>
    </>
  );
}

function WeightSlider({ criterion, value, onChange }: { criterion: Criterion; value: number; onChange: (v: number) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {CRITERION_LABELS[criterion]}: <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={MAX_WEIGHT}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
    </div>
  );
}

function FigureCell({ figure, tier, showCaveat }: { figure: Figure | null; tier?: string; showCaveat: boolean }) {
  if (!figure) return <span className="stat-label">Not listed</span>;
  return (
    <>
      {tier && <span className="badge">{tier}</span>} <span className="figure">{figure.display}</span>
      {figure.note && <span className="source">{figure.note}</span>}
      {showCaveat && figure.caveat && <span className="source">{figure.caveat}</span>}
      <span className="source">
        <a href={figure.source.url} target="_blank" rel="noopener noreferrer">
          Source<span className="visually-hidden">: {figure.source.title}</span>
        </a>
        , {figure.source.asOf}
        {figure.source.secondary ? ', secondary' : ''}
      </span>
    </>
  );
}

function TextCell({ fact }: { fact: TextFact }) {
  return (
    <>
      {fact.qualitative && <span className="badge">Judgement</span>} {fact.text}
      <SourceLine source={fact.source} />
    </>
  );
}

function SourceLine({ source }: { source: Source }) {
  return (
    <span className="source">
      Source:{' '}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      , {source.asOf}
      {source.secondary ? ' (secondary)' : ''}
    </span>
  );
}
