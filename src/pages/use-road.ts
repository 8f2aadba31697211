import { use, useDeferredValue, useMemo } from 'react';
import { commonMilestones, loadTrack } from '../content/milestones';
import { stages } from '../content/stages';
import { buildRoad } from '../domain/roadmap';
import type { LanguageId, Milestone } from '../domain/types';
import { useCustomMilestones, useLanguage } from '../store/app-store';

const NO_TRACK: readonly Milestone[] = [];
const tracks = new Map<LanguageId, Promise<readonly Milestone[]>>();

function trackPromise(language: LanguageId): Promise<readonly Milestone[]> {
  let promise = tracks.get(language);
  if (!promise) {
    promise = loadTrack(language);
    tracks.set(language, promise);
  }
  return promise;
}

/**
 * The milestones on this learner's road. After a language switch the page keeps showing the
 * old road until the new track has loaded, instead of blanking to a loading message.
 */
export function useRoad(): Milestone[] {
  const language = useDeferredValue(useLanguage());
  const custom = useCustomMilestones();
  const track = language ? use(trackPromise(language)) : NO_TRACK;
  return useMemo(() => buildRoad(stages, commonMilestones, track, custom), [track, custom]);
}
