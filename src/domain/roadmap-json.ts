import * as v from 'valibot';
import type { Language, LanguageId, Milestone, Stage } from './types';
import { LANGUAGE_IDS, MILESTONE_TIERS, RESOURCE_KINDS, STAGE_IDS } from './types';

/**
 * The published roadmap, /roadmap.json: every stage, language and milestone, so other tools can
 * read the road without this app. Built at build time from the content modules (vite.config.ts),
 * so it cannot drift from what the app shows. Its JSON Schema is public/roadmap.schema.json.
 */
const ROADMAP_FORMAT = 'backend-path-roadmap';
export const ROADMAP_VERSION = 1;

const Text = v.pipe(v.string(), v.minLength(1));
const MilestoneId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));

export const RoadmapJsonSchema = v.strictObject({
  format: v.literal(ROADMAP_FORMAT),
  version: v.literal(ROADMAP_VERSION),
  stages: v.array(
    v.strictObject({ id: v.picklist(STAGE_IDS), title: Text, order: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  ),
  languages: v.array(v.strictObject({ id: v.picklist(LANGUAGE_IDS), name: Text })),
  milestones: v.array(
    v.strictObject({
      id: MilestoneId,
      stageId: v.picklist(STAGE_IDS),
      title: Text,
      summary: Text,
      kind: v.picklist(['skill', 'project']),
      tier: v.picklist(MILESTONE_TIERS),
      hours: v.pipe(v.number(), v.minValue(0)),
      /**
       * Ids of milestones to finish first. A common milestone may name the same step in every
       * language's track (its web framework, say): only the ones on a learner's road apply.
       */
      prerequisites: v.array(MilestoneId),
      /** null: common to every language. */
      languages: v.nullable(v.array(v.picklist(LANGUAGE_IDS))),
      resources: v.array(
        v.strictObject({
          kind: v.picklist(RESOURCE_KINDS),
          title: Text,
          url: v.pipe(v.string(), v.regex(/^https:\/\/\S+$/)),
        }),
      ),
    }),
  ),
  /** Ids that were removed, each with the id that replaces it, or null when none does. */
  retired: v.record(MilestoneId, v.nullable(MilestoneId)),
});

export type RoadmapJson = v.InferOutput<typeof RoadmapJsonSchema>;

export interface RoadmapContent {
  readonly stages: readonly Stage[];
  readonly languages: readonly Language[];
  /** Milestones common to every language, in road order. */
  readonly common: readonly Milestone[];
  readonly tracks: Readonly<Record<LanguageId, readonly Milestone[]>>;
  readonly retired: Readonly<Record<string, string | null>>;
}

function milestoneJson(m: Milestone): RoadmapJson['milestones'][number] {
  return {
    id: m.id,
    stageId: m.stageId,
    title: m.title,
    summary: m.summary,
    kind: m.kind,
    tier: m.tier,
    hours: m.hours,
    prerequisites: [...m.prerequisites],
    languages: m.languages?.length ? [...m.languages] : null,
    resources: m.resources.map((r) => ({ kind: r.kind, title: r.title, url: r.url })),
  };
}

/** The published roadmap: the common milestones, then each track in the order languages are listed. */
export function buildRoadmapJson(content: RoadmapContent): RoadmapJson {
  return {
    format: ROADMAP_FORMAT,
    version: ROADMAP_VERSION,
    stages: content.stages.map((stage, index) => ({ id: stage.id, title: stage.title, order: index + 1 })),
    languages: content.languages.map((language) => ({ id: language.id, name: language.name })),
    milestones: [...content.common, ...content.languages.flatMap((language) => content.tracks[language.id])].map(
      milestoneJson,
    ),
    retired: { ...content.retired },
  };
}

/** The file as published: pretty-printed JSON with a final newline. */
export function serializeRoadmapJson(content: RoadmapContent): string {
  return `${JSON.stringify(buildRoadmapJson(content), null, 2)}\n`;
}
