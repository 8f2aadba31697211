import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The production page runs under a Content-Security-Policy: everything from this origin, no
 * inline script or style, no plugins. Only in the build: Vite's dev server injects inline
 * scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'backend-path:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

type RoadmapModule = { roadmapJsonText: () => string };
const ROADMAP_MODULE = '/src/content/roadmap-content.ts';

/**
 * Publishes /roadmap.json, built from the content modules (src/domain/roadmap-json.ts): emitted
 * into the build, and served by the dev server from the current sources. The content is loaded
 * through Vite rather than imported here, so this config stays free of app code.
 */
function roadmapJson(): Plugin {
  return {
    name: 'backend-path:roadmap-json',
    configureServer(server) {
      server.middlewares.use('/roadmap.json', (_request, response, next) => {
        server
          .ssrLoadModule(ROADMAP_MODULE)
          .then((module) => {
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end((module as RoadmapModule).roadmapJsonText());
          })
          .catch(next);
      });
    },
    async generateBundle() {
      const { module } = await runnerImport<RoadmapModule>(`.${ROADMAP_MODULE}`, {
        configFile: false,
        logLevel: 'error',
      });
      this.emitFile({ type: 'asset', fileName: 'roadmap.json', source: module.roadmapJsonText() });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), roadmapJson()],
  build: {
    target: 'es2022',
    // Every browser the app supports (ES2022) has <link rel="modulepreload">: no polyfill to ship.
    modulePreload: { polyfill: false },
    // The size report reads this to know which chunks the first page loads.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Whole pages render ~150 milestones in jsdom; on a shared two-core machine one
    // such test can take 5 s, which is load, not a hang.
    testTimeout: 15_000,
  },
});
