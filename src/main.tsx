import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { CrashMessage, ErrorBoundary } from './app/error-boundary';
import { AppRoutes } from './app/routes';
import { registerServiceWorkerWhenIdle } from './app/service-worker';
import { startFraming } from './components/framing';
import { useAppStore } from './store/app-store';
import './styles/tokens.css';
import './styles/base.css';

useAppStore.syncAcrossTabs(window);
// Pages restore their own place on Back and Forward, once their content is drawn.
window.history.scrollRestoration = 'manual';

const app = (
  <StrictMode>
    <ErrorBoundary fallback={(error) => <CrashMessage error={error} />}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </ErrorBoundary>
  </StrictMode>
);

/** The route path of this URL, as the prerendered HTML names it (`/roadmap/` is `/roadmap`). */
const routePath = (pathname: string) => pathname.replace(/(.)\/$/, '$1');

const root = document.getElementById('root');
if (root) {
  // The prerendered page's title is React's to manage from here, as the page changes.
  document.head.querySelector('title')?.remove();
  // The HTML holds this route's prerendered frame: hydrate it. Any other route (a host's
  // fallback page serving a deep link) draws from scratch.
  if (root.dataset.frame !== undefined && root.dataset.frame === routePath(window.location.pathname)) {
    startFraming();
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}
registerServiceWorkerWhenIdle();
