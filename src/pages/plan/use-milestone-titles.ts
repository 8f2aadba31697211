import { useEffect, useState } from 'react';
import { loadTrack } from '../../content/tracks';
import type { LanguageId } from '../../domain/types';

/** Titles of the common milestones and of some language tracks, loaded when first needed. */
export function useMilestoneTitles(languages: readonly (LanguageId | null)[]): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(languages.filter((l): l is LanguageId => l !== null))].sort().join(',');
  useEffect(() => {
    let cancelled = false;
    const tracks = key ? (key.split(',') as LanguageId[]) : [];
    void Promise.all([
      import('../../content/milestones-common').then((m) => m.commonMilestones),
      ...tracks.map(loadTrack),
    ])
      .then((lists) => {
        if (!cancelled) setTitles(new Map(lists.flat().map((m) => [m.id, m.title])));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [key]);
  return titles;
}
