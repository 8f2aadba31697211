/** Every web address the app shows: milestone resources, and the Compare page's sources and links. */
import { languageProfiles } from '../../src/content/language-profiles';
import { figureSeries } from '../../src/content/language-sources';
import { commonMilestones } from '../../src/content/milestones-common';
import { loadAllTracks } from '../../src/content/tracks';
import { tableCitations } from '../../src/domain/citations';
import { seriesInOrder } from '../../src/domain/ranking';
import type { Milestone } from '../../src/domain/types';

export interface LinkUse {
  readonly url: string;
  /** Where a learner meets the link, to find it again when it is dead. */
  readonly where: string;
}

function milestoneLinks(milestones: readonly Milestone[], label: string): LinkUse[] {
  return milestones.flatMap((m) =>
    m.resources.map((r) => ({ url: r.url, where: `${label} milestone ${m.id}: ${r.title}` })),
  );
}

export async function collectLinks(): Promise<LinkUse[]> {
  const tracks = await loadAllTracks();
  const citations = tableCitations(languageProfiles, seriesInOrder(figureSeries)).list;
  return [
    ...milestoneLinks(commonMilestones, 'common'),
    ...Object.entries(tracks).flatMap(([language, track]) => milestoneLinks(track, `${language} track`)),
    ...citations.flatMap((source) => [
      { url: source.url, where: `Compare source: ${source.title}` },
      ...(source.via ? [{ url: source.via.url, where: `Compare source, read via: ${source.via.title}` }] : []),
    ]),
    ...languageProfiles.flatMap((p) =>
      p.frameworks.map((f) => ({ url: f.url, where: `Compare ${p.id} framework: ${f.name}` })),
    ),
  ];
}
