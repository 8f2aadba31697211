import { lazy, Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { OnlineContext } from '../components/connection';
import { trackPromise } from '../content/tracks';
import { useLanguage, useRefusal, useStorageHealth } from '../store/app-store';
import { AppNotices } from './app-notices';
import { CrashMessage, ErrorBoundary } from './error-boundary';
import { useOnline } from './use-online';
import './layout.css';

// Storage alerts are rare: their code loads only when there is something to say.
const StorageAlerts = lazy(() => import('./storage-alerts').then((m) => ({ default: m.StorageAlerts })));

const NAV_ITEMS = [
  { to: '/roadmap', label: 'Roadmap' },
  { to: '/progress', label: 'Progress' },
  { to: '/compare', label: 'Compare' },
  { to: '/plan', label: 'Plan' },
] as const;

/**
 * After a move to another page, the page starts at its top and focus goes to its heading, so a
 * screen reader says where the learner is and the next Tab starts there. Going Back or Forward
 * leaves the place to the page (the roadmap restores it). The new page may arrive with its chunk
 * a moment later, the old one still on screen: its own heading is waited for, a second at most.
 */
function useFocusOnNavigation(pathname: string) {
  const navigation = useNavigationType();
  const heading = useRef<HTMLElement | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    const previous = heading.current;
    let frame = 0;
    let tries = 0;
    const arrive = () => {
      const current = document.querySelector<HTMLElement>('#main h1');
      if (current && current !== previous) {
        heading.current = current;
        if (initial) return;
        if (navigation !== 'POP') window.scrollTo(0, 0);
        current.tabIndex = -1;
        current.focus({ preventScroll: true });
      } else if (tries++ < 60) frame = requestAnimationFrame(arrive);
    };
    arrive();
    return () => cancelAnimationFrame(frame);
  }, [pathname, navigation]);
}

export function Layout() {
  const { pathname } = useLocation();
  const language = useLanguage();
  const online = useOnline();
  useFocusOnNavigation(pathname);
  // Fetch the learner's track early, so the roadmap and progress pages open without waiting.
  useEffect(() => {
    if (language) void trackPromise(language).catch(() => undefined);
  }, [language]);
  return (
    <OnlineContext value={online}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" end className="brand">
            <Logo />
            Backend Path
          </NavLink>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <AppNotices online={online} />
        <StorageAlertsWhenNeeded />
        <ErrorBoundary resetKey={pathname} fallback={(error) => <CrashMessage error={error} />}>
          <Suspense
            fallback={
              <p role="status" className="frame-space">
                Loading…
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Backend Path runs entirely in your browser. Your plan is saved on this device only; nothing is sent anywhere.
        </p>
      </footer>
    </OnlineContext>
  );
}

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path
        d="M8 22 L14 16 L18 19 L24 10"
        stroke="var(--on-accent)"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="24" cy="10" r="2.5" fill="var(--on-accent)" />
    </svg>
  );
}

function StorageAlertsWhenNeeded() {
  const { unreadable, salvaged, writeFailed } = useStorageHealth();
  const refusal = useRefusal();
  if (!unreadable && !salvaged && !writeFailed && !refusal) return null;
  return (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  );
}
