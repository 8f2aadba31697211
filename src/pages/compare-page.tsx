import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ArticleOpinions, type OpinionView } from '../components/article-opinions';
import { CompareTable, type SortState } from '../components/compare-table';
import { HelpMeChoose } from '../components/help-me-choose';
import { useFramed } from '../components/framing';
import { SourceList } from '../components/source-list';
import { languageProfiles } from '../content/language-profiles';
import { figureSeries } from '../content/language-sources';
import { languages } from '../content/languages';
import { NO_JOB_POSTING_DATA, seedArticle } from '../content/seed-article';
import { tableCitations } from '../domain/citations';
import { CRITERIA, type Criterion, type FigureKey, type Weights } from '../domain/language-facts';
import {
  criterionLabel,
  rankLanguages,
  weightsFrom,
  seriesInOrder,
  seriesLabel,
  sortByFigure,
} from '../domain/ranking';
import type { LanguageId } from '../domain/types';
import { actions, useLanguage, useSettings } from '../store/app-store';
import './compare-page.css';

const NAMES = Object.fromEntries(languages.map((language) => [language.id, language.name])) as Record<
  LanguageId,
  string
>;
const SERIES = seriesInOrder(figureSeries);
const LABELS = Object.fromEntries(CRITERIA.map((c) => [c, criterionLabel(c, figureSeries)])) as Record<
  Criterion,
  string
>;
// Numbered in content order, so footnotes keep their numbers when the columns are sorted.
const CITATIONS = tableCitations(languageProfiles, SERIES);

const EXPLANATION = `${LABELS.developerUsage}, ${LABELS.performance} and ${LABELS.webPresence} come from the figures in the table. ${LABELS.gentleStart}, ${LABELS.dataAndMl.toLowerCase()} and ${LABELS.frontToBack.toLowerCase()} are Backend Path’s own judgement, with the reason given for each. ${NO_JOB_POSTING_DATA}`;

/** The article's claims, each next to what the table measures for that language. */
const OPINIONS: readonly OpinionView[] = seedArticle.opinions.map((opinion) => {
  const profile = languageProfiles.find((p) => p.id === opinion.language);
  return {
    language: NAMES[opinion.language],
    claim: opinion.claim,
    measured: opinion.compareWith.map((key) => {
      const series = figureSeries[key];
      const display = profile?.[key]?.display ?? 'not listed';
      return { text: `${seriesLabel(series)}: ${display}; it counts ${series.counts}.`, source: series.source };
    }),
  };
});

export function ComparePage() {
  const framed = useFramed();
  return (
    <>
      <title>Compare languages · Backend Path</title>
      <h1>Compare backend languages</h1>
      <p className="lead">
        Measured figures with their sources and dates, next to what each language is like to learn. No single number
        picks a language for you: weigh what matters to you below.
      </p>
      {/* Before the script, room for the learner's own choices: nothing to click that would not answer yet. */}
      {framed ? <div className="frame-space" aria-busy="true" /> : <CompareContent />}
    </>
  );
}

function CompareContent() {
  const current = useLanguage();
  // Kept in the plan's settings, so they travel with an export and a share link.
  const saved = useSettings().weights;
  const weights = useMemo(() => weightsFrom(saved), [saved]);
  const [sort, setSort] = useState<SortState | null>(null);
  const [chosenMessage, setChosenMessage] = useState('');
  const ranking = useMemo(() => rankLanguages(languageProfiles, figureSeries, weights), [weights]);
  const columns = sort ? sortByFigure(languageProfiles, sort.key, sort.direction) : languageProfiles;
  const sortLabel = sort
    ? `Languages sorted by ${seriesLabel(figureSeries[sort.key])}, ${sort.direction === 'desc' ? 'highest' : 'lowest'} first.`
    : '';

  const choose = (id: LanguageId) => {
    actions().chooseLanguage(id);
    setChosenMessage(`${NAMES[id]} is now your plan's language. Your progress on everything else is kept.`);
  };

  const toggleSort = (key: FigureKey) =>
    setSort((s) =>
      s?.key === key ? { key, direction: s.direction === 'desc' ? 'asc' : 'desc' } : { key, direction: 'desc' },
    );

  return (
    <>
      <HelpMeChoose
        weights={weights}
        onWeightsChange={(next: Weights) => actions().setWeights({ ...saved, ...next })}
        labels={LABELS}
        ranking={ranking}
        names={NAMES}
        current={current}
        onChoose={choose}
        message={chosenMessage}
        explanation={EXPLANATION}
      />

      <p role="status" className="visually-hidden">
        {sortLabel}
      </p>
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll compare-scroll" role="region" aria-label="Comparison table" tabIndex={0}>
        <CompareTable
          columns={columns}
          series={SERIES}
          names={NAMES}
          sort={sort}
          onSort={toggleSort}
          numberOf={CITATIONS.numberOf}
        />
      </div>

      <section className="compare-sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <p className="stat-label">
          A secondary source reports what the measuring body or the project published; “figures read in” names where we
          read numbers that the measuring body’s own page did not let us read. “Judgement” marks text that describes
          rather than measures. Never compare survey figures of different years or groups.
        </p>
        <SourceList sources={CITATIONS.list} />
      </section>

      <ArticleOpinions
        title={seedArticle.title}
        url={seedArticle.url}
        summary={seedArticle.summary}
        opinions={OPINIONS}
        jobDataNote={NO_JOB_POSTING_DATA}
        numberOf={CITATIONS.numberOf}
      />
      <p>
        Ready? <Link to="/roadmap">Open your roadmap</Link>.
      </p>
    </>
  );
}
