import { useSyncExternalStore } from 'react';

/**
 * The service worker's side of the page: registered once the first page is on screen and the
 * browser is idle (Workbox's window library is a chunk of its own, outside the first page's
 * budget), and the one thing the shell needs to know: a new version is waiting.
 */

let updateReady = false;
/** Asks the waiting worker to take over; the page reloads once it has. */
let takeOver: (() => Promise<void>) | null = null;
/** The learner asked for the new version here (Reload), so its arrival may reload this page. */
let reloadAsked = false;
/** Another tab already switched to the new version: a plain reload gets it. */
let activeElsewhere = false;
const listeners = new Set<() => void>();

const CHECK_FOR_UPDATES_MS = 60 * 60 * 1000;

function announceUpdate() {
  updateReady = true;
  for (const listener of listeners) listener();
}

/** After the page has loaded and the browser has a quiet moment; never during development. */
export function registerServiceWorkerWhenIdle(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = () => void registerServiceWorker();
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 500);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

export async function registerServiceWorker(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  takeOver = registerSW({
    onNeedRefresh: announceUpdate,
    // The new version took over. Reload only if the learner asked for it here; when another tab
    // asked, this one says a new version is ready and waits for its learner, who may be typing.
    onNeedReload: () => {
      if (reloadAsked) window.location.reload();
      else {
        activeElsewhere = true;
        announceUpdate();
      }
    },
    // A tab left open for days still hears of new versions.
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), CHECK_FOR_UPDATES_MS);
    },
  });
}

/** The learner chose the new version: it takes over, then the page reloads. */
export function reloadToUpdate(): void {
  reloadAsked = true;
  if (takeOver && !activeElsewhere) void takeOver();
  else window.location.reload();
}

/** Whether a new version of the app is waiting for a reload. */
export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => updateReady,
    () => false,
  );
}
