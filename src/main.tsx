import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { CrashMessage, ErrorBoundary } from './app/error-boundary';
import { AppRoutes } from './app/routes';
import { registerServiceWorkerWhenIdle } from './app/service-worker';
import { useAppStore } from './store/app-store';
import './styles/tokens.css';
import './styles/base.css';

useAppStore.syncAcrossTabs(window);
// Pages restore their own place on Back and Forward, once their content is drawn.
window.history.scrollRestoration = 'manual';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <CrashMessage error={error} />}>
        <BrowserRouter basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </BrowserRouter>
      </ErrorBoundary>
    </StrictMode>,
  );
}
registerServiceWorkerWhenIdle();
