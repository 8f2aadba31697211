/** The languages a learner can choose as their server language. */
export const LANGUAGE_IDS = ['php', 'node', 'python', 'go', 'java', 'csharp', 'ruby'] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

export const STAGE_IDS = [
  'web-foundations',
  'internet-and-tools',
  'server-language',
  'data-skills',
  'apis-and-security',
  'testing-and-shipping',
  'beyond',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const MILESTONE_STATUSES = ['todo', 'learning', 'done', 'skipped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/**
 * How much a milestone matters for a first backend job. Core is what a junior backend job needs,
 * and a path of its own: every prerequisite of a core milestone is core.
 */
export const MILESTONE_TIERS = ['core', 'recommended', 'optional'] as const;
export type MilestoneTier = (typeof MILESTONE_TIERS)[number];

export const RESOURCE_KINDS = ['official', 'article', 'video', 'course', 'book', 'interactive'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Source {
  /** The source's own title, as a reader would look it up. */
  readonly title: string;
  readonly url: string;
  /** The edition, or when the source was published or read: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly asOf: string;
  /** A short name for labels ("TIOBE index"); the title when absent. */
  readonly name?: string;
  /** True when the source reports what another body measured or decided. */
  readonly secondary?: boolean;
  /** Where we read the figures when the measuring body's own page could not be read. */
  readonly via?: { readonly title: string; readonly url: string; readonly asOf: string };
}

export interface Resource {
  readonly title: string;
  readonly url: string;
  readonly kind: ResourceKind;
}

export interface Stage {
  readonly id: StageId;
  readonly title: string;
  readonly summary: string;
}

export interface Milestone {
  /** Stable forever: progress is keyed by it. Never reuse or rename. */
  readonly id: string;
  readonly stageId: StageId;
  readonly title: string;
  /** What it is, in words a beginner understands. */
  readonly summary: string;
  /** Why a backend developer needs it; optional milestones leave it out. */
  readonly why?: string;
  readonly kind: 'skill' | 'project';
  /** Core: what a junior backend job needs; recommended; optional. See docs/core-path.md. */
  readonly tier: MilestoneTier;
  /** The product's own guidance, in hours. */
  readonly hours: number;
  readonly prerequisites: readonly string[];
  /** Official documentation first. */
  readonly resources: readonly Resource[];
  /** Empty or absent: common to every language. */
  readonly languages?: readonly LanguageId[];
}

export interface Language {
  readonly id: LanguageId;
  readonly name: string;
  readonly tagline: string;
  /**
   * Hours of the whole road with this language (common milestones and its track), and of its
   * core. Kept here so a first visit can promise a date without loading the roadmap; a content
   * test keeps them equal to the milestones.
   */
  readonly roadHours: { readonly total: number; readonly core: number };
}
