import type { LanguageId, Source } from './types';

/** A measured number, shown with its source and date. */
export interface Figure {
  readonly value: number;
  /** How the figure reads on the page, e.g. "57.9%" or "1st (17.76%)". */
  readonly display: string;
  readonly source: Source;
  /** Anything a reader must know to read this number right. */
  readonly note?: string;
  /** What holds for every figure of its kind, e.g. what a benchmark does not measure. */
  readonly caveat?: string;
}

/** A fact stated in words, with its source; `qualitative` marks judgement rather than measurement. */
export interface TextFact {
  readonly text: string;
  readonly source: Source;
  readonly qualitative?: boolean;
}

export interface Framework {
  readonly name: string;
  readonly firstRelease: string;
  readonly url: string;
}

export const CRITERIA = [
  'jobMarket',
  'gentleStart',
  'performance',
  'webPresence',
  'dataAndMl',
  'frontToBack',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export type Weights = Readonly<Record<Criterion, number>>;

export interface LanguageProfile {
  readonly id: LanguageId;
  /** Share of Stack Overflow 2025 respondents (all respondents) who used the language. */
  readonly surveyUsage: Figure;
  /** TIOBE index position; `value` is the rating in percent. */
  readonly tiobe: Figure;
  /** W3Techs share of websites whose server-side language is known; null when not listed. */
  readonly websiteShare: Figure | null;
  /** TechEmpower Round 23 Fortunes, requests per second of the named framework. */
  readonly throughput: Figure;
  readonly frameworks: { readonly items: readonly Framework[]; readonly source: Source };
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
  readonly judgements: Readonly<
    Record<'gentleStart' | 'dataAndMl' | 'frontToBack', { readonly score: number; readonly reason: string }>
  >;
}

/** One article's opinion, shown beside the measured figures and never mixed into them. */
export interface Opinion {
  readonly language: LanguageId;
  readonly claim: string;
}
