import type { LanguageId, Milestone } from '../domain/types';
import { LANGUAGE_IDS } from '../domain/types';

/**
 * Each language's track is its own chunk: a learner's browser loads only the track of the
 * language they chose.
 */
export function loadTrack(language: LanguageId): Promise<readonly Milestone[]> {
  switch (language) {
    case 'php':
      return import('./tracks/php').then((m) => m.phpTrack);
    case 'node':
      return import('./tracks/node').then((m) => m.nodeTrack);
    case 'python':
      return import('./tracks/python').then((m) => m.pythonTrack);
    case 'go':
      return import('./tracks/go').then((m) => m.goTrack);
    case 'java':
      return import('./tracks/java').then((m) => m.javaTrack);
    case 'csharp':
      return import('./tracks/csharp').then((m) => m.csharpTrack);
    case 'ruby':
      return import('./tracks/ruby').then((m) => m.rubyTrack);
  }
}

/** Every track, for content checks and tools that need the whole catalogue. */
export async function loadAllTracks(): Promise<Record<LanguageId, readonly Milestone[]>> {
  const tracks = await Promise.all(LANGUAGE_IDS.map(loadTrack));
  return Object.fromEntries(LANGUAGE_IDS.map((id, i) => [id, tracks[i] ?? []])) as Record<
    LanguageId,
    readonly Milestone[]
  >;
}

type TrackPromise = Promise<readonly Milestone[]> & { status?: string; value?: readonly Milestone[]; reason?: unknown };

const tracks = new Map<LanguageId, TrackPromise>();

/**
 * One promise per language track, shared by every page. It carries its own status once settled,
 * the form React's `use` reads, so a page whose track has arrived renders at once instead of
 * suspending to a loading message.
 */
export function trackPromise(language: LanguageId): Promise<readonly Milestone[]> {
  let promise = tracks.get(language);
  if (!promise) {
    const loading: TrackPromise = loadTrack(language);
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      (reason: unknown) => {
        Object.assign(loading, { status: 'rejected', reason });
        // A failed download is not remembered: the next render (after the error page) tries again.
        tracks.delete(language);
      },
    );
    tracks.set(language, loading);
    promise = loading;
  }
  return promise;
}
