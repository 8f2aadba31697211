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

/** Draws the app into the page, over the prerendered frame where there is one. */
function start(root: HTMLElement) {
  // The page's title is React's to manage from here, as the page changes. The HTML's own title
  // stays until React's is in the head: the document never goes without one.
  const builtTitle = document.head.querySelector('title');
  if (builtTitle) {
    const handOver = new MutationObserver(() => {
      if (document.head.querySelectorAll('title').length < 2) return;
      builtTitle.remove();
      handOver.disconnect();
    });
    handOver.observe(document.head, { childList: true });
  }
  // The HTML holds this route's prerendered frame: hydrate it. Any other route (a host's
  // fallback page serving a deep link) draws from scratch.
  if (root.dataset.frame !== undefined && root.dataset.frame === routePath(window.location.pathname)) {
    startFraming();
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}

const root = document.getElementById('root');
if (root) {
  // A saved plan is read before the first render, so the page draws the learner's own plan once,
  // not an empty one first: at once on a first visit, else once the reader has loaded (the boot
  // script starts loading it with the entry). The prerendered frame shows meanwhile.
  if (useAppStore.persist.hasHydrated()) start(root);
  else void useAppStore.opened.then(() => start(root));
}
registerServiceWorkerWhenIdle();
