import { use, useDeferredValue, useMemo } from 'react';
import { commonMilestones } from '../content/milestones-common';
import { stages } from '../content/stages';
import { buildRoad } from '../domain/roadmap';
import type { Milestone } from '../domain/types';
import { useCustomMilestones, useLanguage } from '../store/app-store';
import { trackPromise } from '../content/tracks';

const NO_TRACK: readonly Milestone[] = [];

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
