import type { MilestoneStatus, MilestoneTier, ResourceKind } from '../domain/types';

/** The words for statuses, tiers and resource kinds, the same on every page. */
export const STATUS_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  todo: 'To do',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
};

/** A glyph beside each status, so status never rests on colour alone. */
export const STATUS_GLYPHS: Readonly<Record<MilestoneStatus, string>> = {
  todo: '○',
  learning: '◐',
  done: '✓',
  skipped: '⤼',
};

export const TIER_LABELS: Readonly<Record<MilestoneTier, string>> = {
  core: 'Core',
  recommended: 'Recommended',
  optional: 'Optional',
};

export const TIER_HINTS: Readonly<Record<MilestoneTier, string>> = {
  core: 'what a junior backend job needs',
  recommended: 'worth learning soon after the core',
  optional: 'learn it when a job or project asks for it',
};

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  official: 'Official docs',
  article: 'Article',
  video: 'Video',
  course: 'Course',
  book: 'Book',
  interactive: 'Interactive',
};

/** Like roadmap.sh: with a milestone's Status in focus, one key sets it. */
export const STATUS_SHORTCUTS: Readonly<Record<string, MilestoneStatus>> = {
  d: 'done',
  l: 'learning',
  s: 'skipped',
  t: 'todo',
};
