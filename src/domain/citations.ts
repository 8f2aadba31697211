import type { FigureSeries, LanguageProfile, TextFact } from './language-facts';
import { numberSources, type NumberedSources } from './sources';
import type { Source } from './types';

/** The rows of the comparison stated in words, in the order the table shows them. */
export const TEXT_FACT_KEYS = [
  'typing',
  'concurrency',
  'packages',
  'typicalUses',
  'learningNotes',
  'firstRelease',
] as const;
export type TextFactKey = (typeof TEXT_FACT_KEYS)[number];

export function factSources(fact: TextFact): Source[] {
  return [fact.source, ...(fact.alsoSources ?? [])];
}

export function seriesSources(series: FigureSeries): Source[] {
  return [series.source, ...(series.caveatSources ?? [])];
}

/**
 * Every source the comparison cites, in the order a reader meets them in the table: the measured
 * rows, then frameworks, then the rows in words. Profiles come in their content order, so
 * footnote numbers stay put when the learner sorts the columns.
 */
export function tableCitations(profiles: readonly LanguageProfile[], series: readonly FigureSeries[]): NumberedSources {
  const cited: Source[] = [];
  for (const row of series) {
    cited.push(...seriesSources(row));
    for (const profile of profiles) cited.push(...(profile[row.key]?.noteSources ?? []));
  }
  for (const profile of profiles) {
    for (const framework of profile.frameworks) {
      if (framework.firstRelease) cited.push(framework.firstRelease.source);
    }
  }
  for (const key of TEXT_FACT_KEYS) {
    for (const profile of profiles) cited.push(...factSources(profile[key]));
  }
  return numberSources(cited);
}
