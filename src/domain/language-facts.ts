import type { LanguageId, Source } from './types';

/** The measured rows of the comparison, one number per language. */
export const FIGURE_KEYS = ['surveyUsage', 'tiobe', 'websiteShare', 'throughput'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * One measurement for every language: what it measures and the one source all its numbers come
 * from. Refreshing a figure means editing its source here and the numbers in the profiles.
 */
export interface FigureSeries {
  readonly key: FigureKey;
  /** What the numbers measure, in a learner's words: "Developer usage". */
  readonly measure: string;
  /** What the numbers count, in a few words: "websites, not jobs". */
  readonly counts: string;
  readonly source: Source;
  /** What holds for every number in the row, such as what a benchmark does not measure. */
  readonly caveat: string;
  /** Sources for the caveat, when it says more than the measuring source does. */
  readonly caveatSources?: readonly Source[];
}

/** A measured number for one language; its source is its series' source. */
export interface Figure {
  readonly value: number;
  /** How the figure reads on the page, e.g. "57.9%" or "1st (18.53%)". */
  readonly display: string;
  /** Anything a reader must know to read this one number right. */
  readonly note?: string;
  /** Sources for the note, when it says more than the series' source does. */
  readonly noteSources?: readonly Source[];
}

/** A fact stated in words; `qualitative` marks judgement rather than measurement. */
export interface TextFact {
  readonly text: string;
  readonly source: Source;
  /** Further sources when the text states more than one thing. */
  readonly alsoSources?: readonly Source[];
  readonly qualitative?: boolean;
}

interface Framework {
  readonly name: string;
  /** The framework's own site or documentation. */
  readonly url: string;
  /** Left out when no source we could read states it. */
  readonly firstRelease?: { readonly text: string; readonly source: Source };
}

export const CRITERIA = [
  'developerUsage',
  'gentleStart',
  'performance',
  'webPresence',
  'dataAndMl',
  'frontToBack',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export type Weights = Readonly<Record<Criterion, number>>;

export type JudgedCriterion = 'gentleStart' | 'dataAndMl' | 'frontToBack';
export type MeasuredCriterion = Exclude<Criterion, JudgedCriterion>;

export interface LanguageProfile {
  readonly id: LanguageId;
  /** Share of Stack Overflow survey respondents who used the language (Node.js: the runtime). */
  readonly surveyUsage: Figure;
  /** TIOBE index position; `value` is the rating in percent. */
  readonly tiobe: Figure;
  /** W3Techs share of websites whose server-side language is known; null when not listed. */
  readonly websiteShare: Figure | null;
  /** TechEmpower Fortunes requests per second of the framework named in `display`. */
  readonly throughput: Figure;
  readonly frameworks: readonly Framework[];
  readonly firstRelease: TextFact;
  readonly typing: TextFact;
  readonly concurrency: TextFact;
  readonly packages: TextFact;
  readonly typicalUses: TextFact;
  /** Always qualitative: nobody measures learning difficulty across languages. */
  readonly learningNotes: TextFact;
  /**
   * The product's own 0..5 judgement for criteria no survey measures (gentle start, data and
   * machine learning, one language front to back), each with the reason shown to the learner.
   */
  readonly judgements: Readonly<Record<JudgedCriterion, { readonly score: number; readonly reason: string }>>;
}

/** One article's opinion, shown beside the measured figures and never mixed into them. */
export interface Opinion {
  readonly language: LanguageId;
  readonly claim: string;
  /** The measured rows to show next to the claim. */
  readonly compareWith: readonly FigureKey[];
}
