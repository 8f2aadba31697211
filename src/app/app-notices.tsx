import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './error-boundary';
import { useUpdateReady } from './service-worker';
import './app-notices.css';

// A new version is news once in a while: its banner loads only then.
const UpdateBanner = lazy(() => import('./update-banner').then((m) => ({ default: m.UpdateBanner })));

/** Quiet news about the app itself: the browser is offline (everything still works), a new version is ready. */
export function AppNotices({ online }: { online: boolean }) {
  const updateReady = useUpdateReady();
  return (
    <>
      {!online && (
        <p role="status" className="app-notice app-notice--offline">
          <strong>Offline: everything still works.</strong> Your changes are saved on this device; links to other sites
          need a connection.
        </p>
      )}
      {updateReady && (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <UpdateBanner />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
