import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { CrashMessage, ErrorBoundary } from './components/error-boundary';
import { AppRoutes } from './routes';
import { syncAcrossTabs } from './store/app-store';
import './styles.css';

syncAcrossTabs();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <CrashMessage error={error} />}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ErrorBoundary>
    </StrictMode>,
  );
}
