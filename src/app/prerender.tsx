/**
 * Build-time prerendering (vite.config.ts runs this in Node): each route's static frame as HTML,
 * painted before the script arrives and then hydrated by main.tsx. The frame depends on no
 * learner state (see useFramed), so one HTML file serves every learner.
 */

/** Where the learner's plan is saved: the boot script loads a returning learner's code early. */
export { STORAGE_KEY } from '../store/create-app-store';

/** The routes that get their own HTML file, and the module of each route's page. */
export const FRAMED_ROUTES: readonly { path: string; page: string }[] = [
  { path: '/', page: 'src/pages/home-page.tsx' },
  { path: '/roadmap', page: 'src/pages/roadmap/roadmap-page.tsx' },
  { path: '/progress', page: 'src/pages/progress-page.tsx' },
  { path: '/compare', page: 'src/pages/compare-page.tsx' },
  { path: '/plan', page: 'src/pages/plan/plan-page.tsx' },
  { path: '/shared', page: 'src/pages/shared-plan-page.tsx' },
];

/** An in-memory Storage: the store reads one when its module loads; in Node there is none. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
}

export interface RenderedFrame {
  /** The markup that goes inside #root. */
  readonly html: string;
  /** The page's own title, hoisted out of the markup into the head. */
  readonly title: string | null;
}

/** The route's frame, rendered as the browser's first hydration render will draw it. */
export async function renderFrame(path: string, basename = '/'): Promise<RenderedFrame> {
  const g = globalThis as Record<string, unknown>;
  g.window ??= globalThis;
  g.localStorage ??= new MemoryStorage();
  const [
    { StrictMode },
    { prerender },
    { renderToString },
    { StaticRouter },
    { startFraming },
    { ErrorBoundary, CrashMessage },
    { AppRoutes },
  ] = await Promise.all([
    import('react'),
    import('react-dom/static'),
    import('react-dom/server'),
    import('react-router'),
    import('../components/framing'),
    import('./error-boundary'),
    import('./routes'),
  ]);
  startFraming();
  const location = `${basename.replace(/\/$/, '')}${path}`;
  const tree = (
    <StrictMode>
      <ErrorBoundary fallback={(error) => <CrashMessage error={error} />}>
        <StaticRouter location={location} basename={basename}>
          <AppRoutes />
        </StaticRouter>
      </ErrorBoundary>
    </StrictMode>
  );
  // The first pass waits for the lazy pages and parts to load. The second renders with all of
  // them at hand, in one piece: no inline script to complete a boundary, which the CSP forbids.
  await (await prerender(tree)).prelude.cancel();
  let html = renderToString(tree);
  if (html.includes('<script') || html.includes('<!--$!-->') || html.includes('<!--$?-->'))
    throw new Error(`The frame of ${path} is incomplete: a part of it was still loading or failed.`);
  let title: string | null = null;
  html = html.replace(/<title>(.*?)<\/title>/, (_, text: string) => {
    title = text;
    return '';
  });
  return { html, title };
}
