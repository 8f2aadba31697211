import { CRITERIA, FIGURE_KEYS } from './language-facts';
import type {
  Criterion,
  FigureKey,
  FigureSeries,
  JudgedCriterion,
  LanguageProfile,
  MeasuredCriterion,
  Weights,
} from './language-facts';
import { sourceLabel } from './sources';
import type { LanguageId } from './types';

/** Every measured row, by key. */
export type SeriesByKey = Readonly<Record<FigureKey, FigureSeries>>;

/** Which measured row each measured criterion scores. */
const CRITERION_SERIES: Readonly<Record<MeasuredCriterion, FigureKey>> = {
  developerUsage: 'surveyUsage',
  performance: 'throughput',
  webPresence: 'websiteShare',
};

const JUDGED_LABELS: Readonly<Record<JudgedCriterion, string>> = {
  gentleStart: 'Gentle start',
  dataAndMl: 'Data and machine learning',
  frontToBack: 'One language front to back',
};

/** Integers 0..5. A beginner's first concerns weigh most: what people use and getting started. */
export const DEFAULT_WEIGHTS: Weights = {
  developerUsage: 3,
  gentleStart: 3,
  performance: 1,
  webPresence: 1,
  dataAndMl: 1,
  frontToBack: 1,
};

/**
 * The weights a learner saved in their plan, over the defaults: a criterion they never moved
 * keeps its default, and one this version does not know is ignored here (and kept in the plan).
 */
export function weightsFrom(saved: Readonly<Record<string, number>> | undefined): Weights {
  if (!saved) return DEFAULT_WEIGHTS;
  return Object.fromEntries(CRITERIA.map((c) => [c, saved[c] ?? DEFAULT_WEIGHTS[c]])) as Weights;
}

export const MAX_WEIGHT = 5;

function isJudged(criterion: Criterion): criterion is JudgedCriterion {
  return criterion === 'gentleStart' || criterion === 'dataAndMl' || criterion === 'frontToBack';
}

/** A row's name, from what it measures and its source: "TIOBE index rating (TIOBE index, August 2026)". */
export function seriesLabel(series: FigureSeries): string {
  return `${series.measure} (${sourceLabel(series.source)})`;
}

/** A criterion's name; a measured one is named after the row it scores, source and date included. */
export function criterionLabel(criterion: Criterion, series: SeriesByKey): string {
  return isJudged(criterion) ? JUDGED_LABELS[criterion] : seriesLabel(series[CRITERION_SERIES[criterion]]);
}

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Share of the largest value: the leader scores 1, half the leader's value scores 0.5. */
export function shareOfMax(values: readonly (number | null)[]): number[] {
  const max = Math.max(0, ...values.map((value) => value ?? 0));
  return values.map((value) => (value === null || max === 0 ? 0 : clamp01(value / max)));
}

/**
 * Log scale from the slowest (0) to the fastest (1): throughput spans more than an order of
 * magnitude, and a linear scale would squeeze everything but the leader towards zero.
 */
function logScale(values: readonly number[]): number[] {
  const logs = values.map((value) => Math.log(Math.max(value, 1)));
  const min = Math.min(...logs);
  const max = Math.max(...logs);
  return logs.map((log) => (max === min ? 1 : clamp01((log - min) / (max - min))));
}

/** Each criterion scored 0..1 relative to the languages given. */
export function criterionScores(profiles: readonly LanguageProfile[]): Map<LanguageId, Record<Criterion, number>> {
  const developerUsage = shareOfMax(profiles.map((profile) => profile.surveyUsage.value));
  const performance = logScale(profiles.map((profile) => profile.throughput.value));
  const webPresence = shareOfMax(profiles.map((profile) => profile.websiteShare?.value ?? null));

  const scores = new Map<LanguageId, Record<Criterion, number>>();
  profiles.forEach((profile, index) => {
    scores.set(profile.id, {
      developerUsage: developerUsage[index] ?? 0,
      gentleStart: clamp01(profile.judgements.gentleStart.score / 5),
      performance: performance[index] ?? 0,
      webPresence: webPresence[index] ?? 0,
      dataAndMl: clamp01(profile.judgements.dataAndMl.score / 5),
      frontToBack: clamp01(profile.judgements.frontToBack.score / 5),
    });
  });
  return scores;
}

interface RankedLanguage {
  readonly id: LanguageId;
  /** 0..100 */
  readonly score: number;
  /** One line naming the fact behind the criterion that lifts this language most. */
  readonly reason: string;
}

/** With every weight at 0 nothing is ranked: there is no order to show. */
export type Ranking =
  { readonly weighted: false } | { readonly weighted: true; readonly entries: readonly RankedLanguage[] };

/** Weights outside 0..5 or not numbers count as the nearest allowed value. */
function usableWeight(weight: number): number {
  if (!Number.isFinite(weight)) return 0;
  return Math.min(MAX_WEIGHT, Math.max(0, weight));
}

/** The fact behind one criterion for one language, in a line, with its source and date. */
export function criterionReason(profile: LanguageProfile, criterion: Criterion, series: SeriesByKey): string {
  if (isJudged(criterion)) return profile.judgements[criterion].reason;
  const source = series[CRITERION_SERIES[criterion]].source;
  switch (criterion) {
    case 'developerUsage':
      return `Used by ${profile.surveyUsage.display} of respondents (${sourceLabel(source)})`;
    case 'performance':
      return `${profile.throughput.display} in ${sourceLabel(source)}`;
    case 'webPresence':
      return profile.websiteShare === null
        ? `Not listed among server-side languages of websites (${sourceLabel(source)})`
        : `Runs ${profile.websiteShare.display} of websites with a known server language (${sourceLabel(source)})`;
  }
}

/**
 * Weighted mean of the criterion scores, as 0..100, best first. Equal scores keep the order the
 * profiles came in.
 */
export function rankLanguages(profiles: readonly LanguageProfile[], series: SeriesByKey, weights: Weights): Ranking {
  const usable = CRITERIA.map((criterion) => ({ criterion, weight: usableWeight(weights[criterion]) }));
  const totalWeight = usable.reduce((sum, { weight }) => sum + weight, 0);
  if (totalWeight === 0) return { weighted: false };

  const scores = criterionScores(profiles);
  const ranked = profiles.map((profile, index) => {
    const own = scores.get(profile.id);
    let sum = 0;
    let best: { criterion: Criterion; contribution: number; weight: number } | undefined;
    for (const { criterion, weight } of usable) {
      if (weight === 0 || own === undefined) continue;
      const contribution = weight * own[criterion];
      sum += contribution;
      // Ties go to the heavier weight, then to the earlier criterion.
      if (
        best === undefined ||
        contribution > best.contribution ||
        (contribution === best.contribution && weight > best.weight)
      ) {
        best = { criterion, contribution, weight };
      }
    }
    const reason = best === undefined ? '' : criterionReason(profile, best.criterion, series);
    return { id: profile.id, score: Math.round((sum / totalWeight) * 100), reason, index };
  });

  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return { weighted: true, entries: ranked.map(({ id, score, reason }) => ({ id, score, reason })) };
}

/** Profiles ordered by one figure; languages without that figure go last either way. */
export function sortByFigure(
  profiles: readonly LanguageProfile[],
  key: FigureKey,
  direction: 'asc' | 'desc',
): LanguageProfile[] {
  const sign = direction === 'asc' ? 1 : -1;
  return profiles
    .map((profile, index) => ({ profile, index, value: profile[key]?.value ?? null }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map(({ profile }) => profile);
}

/** Every measured row in display order. */
export function seriesInOrder(series: SeriesByKey): FigureSeries[] {
  return FIGURE_KEYS.map((key) => series[key]);
}
