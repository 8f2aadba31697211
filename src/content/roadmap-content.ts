import type { RoadmapContent } from '../domain/roadmap-json';
import { serializeRoadmapJson } from '../domain/roadmap-json';
import { languages } from './languages';
import { commonMilestones } from './milestones-common';
import { retiredMilestoneIds } from './retired-ids';
import { stages } from './stages';
import { csharpTrack } from './tracks/csharp';
import { goTrack } from './tracks/go';
import { javaTrack } from './tracks/java';
import { nodeTrack } from './tracks/node';
import { phpTrack } from './tracks/php';
import { pythonTrack } from './tracks/python';
import { rubyTrack } from './tracks/ruby';

/**
 * All the content at once, for the build (roadmap.json) and for tests. The app never imports
 * this: it loads one track at a time (tracks.ts) so a learner downloads only their language.
 */
export const roadmapContent: RoadmapContent = {
  stages,
  languages,
  common: commonMilestones,
  tracks: {
    php: phpTrack,
    node: nodeTrack,
    python: pythonTrack,
    go: goTrack,
    java: javaTrack,
    csharp: csharpTrack,
    ruby: rubyTrack,
  },
  retired: retiredMilestoneIds,
};

/** The text of /roadmap.json, as the build publishes it. */
export function roadmapJsonText(): string {
  return serializeRoadmapJson(roadmapContent);
}
