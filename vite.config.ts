import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, runnerImport, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

type PrerenderModule = {
  STORAGE_KEY: string;
  FRAMED_ROUTES: readonly { path: string; page: string }[];
  renderFrame: (path: string, basename: string) => Promise<{ html: string; title: string | null }>;
};

/** A chunk's static imports, followed through: what must load before it can run. */
function staticClosure(fileName: string, bundle: Rolldown.OutputBundle, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen;
  seen.add(fileName);
  for (const imported of chunk.imports) staticClosure(imported, bundle, seen);
  return seen;
}

/**
 * Each route gets its own HTML (`roadmap/index.html` and so on, which static hosts serve for
 * `/roadmap`): its static frame prerendered into #root (src/app/prerender.tsx), painted before
 * the script, and a modulepreload for each chunk the route's page needs, so they all download at
 * once instead of one after the other, as soon as the frame has painted (public/boot.js): the
 * frame needs only the HTML and the stylesheets. `/` replaces index.html itself.
 */
function prerenderRoutes(): Plugin {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'backend-path:prerender-routes',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    // `vite preview` (npm start) serves `/roadmap` from `roadmap/index.html`, as static hosts do.
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        const [path = '/', query] = (request.url ?? '/').split('?');
        const route = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
        if (route && existsSync(join(outDir, route, 'index.html')))
          request.url = `${path.replace(/\/?$/, '/index.html')}${query === undefined ? '' : `?${query}`}`;
        next();
      });
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const template = String(index.source);
      const inTemplate = (file: string) => template.includes(`${base}${file}"`);
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, watch: null, hmr: false },
        // Node runs the modules as they are: no browser dependency scan.
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { FRAMED_ROUTES, STORAGE_KEY, renderFrame } = (await server.ssrLoadModule(
          '/src/app/prerender.tsx',
        )) as PrerenderModule;
        /** The chunk holding a module that is imported on demand. */
        const dynamicChunk = (module: string) => {
          const chunk = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(module)),
          );
          if (!chunk) throw new Error(`No chunk found for ${module}`);
          return chunk.fileName;
        };
        const tracks = Object.values(bundle).flatMap((c) => {
          const language =
            c.type === 'chunk' && /\/src\/content\/tracks\/([a-z]+)\.ts$/.exec(c.facadeModuleId ?? '')?.[1];
          return language ? [{ language, file: c.fileName }] : [];
        });
        for (const route of FRAMED_ROUTES) {
          const { html, title } = await renderFrame(route.path, base);
          const page = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(`/${route.page}`),
          );
          if (!page) throw new Error(`No chunk found for ${route.page}, the page of ${route.path}`);
          const files = [...staticClosure(page.fileName, bundle)].filter((file) => !inTemplate(file));
          const css = files.flatMap((file) => {
            const chunk = bundle[file];
            return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
          });
          const styles = css
            .filter((file) => !inTemplate(file))
            .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`);
          const frame = `${base}${route.path.slice(1)}`.replace(/(.)\/$/, '$1');
          // The entry and every chunk the page needs start at once, after the frame has
          // painted (public/boot.js): the scripts leave the line to the HTML and CSS first.
          const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(template);
          if (!entry?.[1]) throw new Error('index.html has no entry script');
          const vitePreloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
          const preloads = [...vitePreloads.map((m) => m[1]), ...files.map((file) => `${base}${file}`)];
          // A returning learner (a plan is saved) also needs the plan reader and, with a language
          // chosen, Home's dashboard and that language's track: the boot script starts those at
          // once too (public/boot.js).
          const needed = new Set([...files, ...vitePreloads.map((m) => m[1]?.slice(base.length))]);
          const notYet = (chunk: string) =>
            [...staticClosure(chunk, bundle)].filter((file) => !inTemplate(file) && !needed.has(file));
          const urls = (chunks: string[], separator = ' ') => chunks.map((file) => `${base}${file}`).join(separator);
          const reader = notYet(dynamicChunk('/src/domain/plan-file.ts'));
          const returning =
            route.path === '/'
              ? notYet(dynamicChunk('/src/pages/home-dashboard.tsx')).filter((file) => !reader.includes(file))
              : [];
          const trackFiles = tracks.map(({ language, file }) => `${language}=${urls(notYet(file), ',')}`);
          const boot = [
            `<script defer src="${base}boot.js" data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"`,
            `data-saved-plan="${STORAGE_KEY}" data-reader="${urls(reader)}" data-returning="${urls(returning)}"`,
            `data-tracks="${trackFiles.join(' ')}"></script>`,
          ].join(' ');
          let source = template.replace(entry[0], '');
          for (const preload of vitePreloads) source = source.replace(preload[0], '');
          source = source
            .replace(/<title>[^<]*<\/title>/, `<title>${title ?? 'Backend Path'}</title>`)
            .replace('</head>', `  ${[...styles, boot].join('\n    ')}\n  </head>`)
            .replace(
              /<div id="root">[\s\S]*?<\/div>(\s*<noscript>)/,
              `<div id="root" data-frame="${frame}">${html}</div>$1`,
            );
          if (route.path === '/') index.source = source;
          else this.emitFile({ type: 'asset', fileName: `${route.path.slice(1)}/index.html`, source });
        }
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The entry chunk (React, the router, the store) calls most of its functions as the app starts.
 * A magic comment asks V8 (Chrome 136+) to compile them all while the file streams in, on a
 * background thread, rather than one at a time on first call inside the long task that starts
 * the app. Other browsers read a comment. https://v8.dev/blog/explicit-compile-hints
 */
function compileHints(): Plugin {
  return {
    name: 'backend-path:compile-hints',
    apply: 'build',
    // After the minifier, which drops comments.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const file = join(options.dir ?? 'dist', chunk.fileName);
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
      }
    },
  };
}

/**
 * react-router's package offers bundlers only its development build, with dev-only warnings;
 * the build takes its production build (0.5 KB gzipped less in the first page).
 */
function reactRouterProduction(): Plugin {
  return {
    name: 'backend-path:react-router-production',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^react-router$/,
            replacement: fileURLToPath(
              new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
            ),
          },
        ],
      },
    }),
  };
}

/**
 * Where the app is served from: "/" by default, or a sub-path given at build time
 * (`BASE_PATH=/backend-path/ npm run build`). It sets Vite's base, the router's basename
 * (import.meta.env.BASE_URL) and the manifest's start_url and scope.
 */
const BASE = normaliseBase(process.env.BASE_PATH ?? '/');

function normaliseBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * GitHub Pages answers an unknown address with 404.html: a copy of the app shell makes deep
 * links work there. Copied from whatever index.html the build wrote.
 */
function notFoundPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'backend-path:404-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const index = join(outDir, 'index.html');
      if (existsSync(index)) copyFileSync(index, join(outDir, '404.html'));
    },
  };
}

/**
 * Offline and installable (docs/decisions/0007-offline.md): a Workbox service worker of our own
 * (src/sw.ts) that precaches the whole build, and the web app manifest. The app registers the
 * worker itself, after the first render (src/app/service-worker.ts): nothing is injected into
 * the page, so the Content-Security-Policy needs no exception.
 */
function offline() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: null,
    includeManifestIcons: false,
    injectManifest: {
      // The app shell, every route's chunks, all seven language tracks, the content, the favicon,
      // /roadmap.json and the JSON Schemas, and every page's HTML, prerendered or not; the plugin
      // adds the manifest. Not: 404.html (index.html again, for GitHub Pages) and the install
      // icons, which the browser fetches once when the app is installed.
      globPatterns: ['**/*.{html,js,css,svg,json}'],
      globIgnores: ['404.html', '.vite/**'],
    },
    manifest: {
      name: 'Backend Path',
      short_name: 'Backend Path',
      description:
        'Plan your road to becoming a backend web developer: choose a server language, tick off milestones, see when you will finish. Works offline; nothing leaves your device.',
      lang: 'en',
      start_url: BASE,
      scope: BASE,
      id: BASE,
      display: 'standalone',
      // The light theme's page colour; index.html's theme-color meta tags switch it for dark.
      theme_color: '#f7f7f4',
      background_color: '#f7f7f4',
      categories: ['education'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
  });
}

export default defineConfig({
  base: BASE,
  plugins: [
    react(),
    reactRouterProduction(),
    contentSecurityPolicy(),
    roadmapJson(),
    prerenderRoutes(),
    notFoundPage(),
    offline(),
    compileHints(),
  ],
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
