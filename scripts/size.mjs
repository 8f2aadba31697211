// Builds the app and prints the gzipped JavaScript each page needs, next to DESIGN.md's budgets.
// Usage: npm run size [-- --no-build] [-- --out-dir DIR]
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const FIRST_PAGE_BUDGET_KB = 95;
const TOTAL_BUDGET_KB = 150;
const MAP_BUDGET_KB = 25;

const outIndex = process.argv.indexOf('--out-dir');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
if (!process.argv.includes('--no-build')) {
  execSync(`npx vite build --logLevel warn --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
}

// The languages as the content lists them, so a new track is counted without editing this file.
// Read after the build: loading a module through Vite switches it to development mode.
const { module: content } = await runnerImport('./src/content/languages.ts', { configFile: false, logLevel: 'error' });
const LANGUAGES = content.languages.map((language) => language.id);

const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8'));
const sizes = new Map();
const gz = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(`${outDir}/${file}`)).length);
  return sizes.get(file);
};
/** A chunk and everything it imports statically: what must load before it runs. */
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (!manifest[key] || seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}
const bytes = (keys) =>
  [...new Set([...keys].map((k) => manifest[k].file))].filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
const kb = (b) => (b / 1024).toFixed(1);
const key = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
const trackKey = (language) => key(`src/content/tracks/${language}.ts`);
// The plan reader is a chunk of its own, named after its module (a common chunk when pages import it too).
const readerKey =
  key('src/domain/plan-file.ts') ?? Object.keys(manifest).find((k) => /^_plan-file-[\w-]+\.js$/.test(k));

const entry = closure([Object.keys(manifest).find((k) => manifest[k].isEntry)]);
const firstVisit = closure([key('pages/home-page.tsx')], new Set(entry));
const returning = (language) =>
  closure([key('pages/home-dashboard.tsx'), readerKey, trackKey(language)], new Set(firstVisit));
const everything = Object.keys(manifest);
const otherTracks = (language) => new Set(LANGUAGES.filter((l) => l !== language).map(trackKey));
const oneLearner = (language) => everything.filter((k) => !otherTracks(language).has(k));

const pages = everything.filter((k) => /src\/pages\/(?:[a-z-]+\/)?[a-z-]+-page\.tsx$/.test(k)).sort();
console.log('\nGzipped JavaScript per page, on top of the entry shell:');
console.table(
  pages.map((k) => {
    const all = closure([k], new Set(entry));
    return { page: k.replace(/.*\/|-page\.tsx/g, ''), 'page chunks, KB': kb(bytes(all) - bytes(entry)) };
  }),
);
const roadmapPage = closure([key('pages/roadmap/roadmap-page.tsx')], new Set(entry));
const mapView = closure([key('pages/roadmap/map-view.tsx')], new Set(roadmapPage));
console.log(
  `The Map view adds ${kb(bytes(mapView) - bytes(roadmapPage))} KB on top of the Roadmap page (budget ${MAP_BUDGET_KB} KB: ${
    (bytes(mapView) - bytes(roadmapPage)) / 1024 <= MAP_BUDGET_KB ? 'within' : 'OVER'
  }).`,
);
console.log('Language tracks, KB gzipped:', LANGUAGES.map((l) => `${l} ${kb(bytes([trackKey(l)]))}`).join(', '));

const worst = (f) => Math.max(...LANGUAGES.map((l) => bytes(f(l))));
const line = (label, b, budget) =>
  console.log(
    `${label.padEnd(58)} ${kb(b).padStart(6)} KB${budget ? `  budget ${budget} KB: ${b / 1024 <= budget ? 'within' : 'OVER'}` : ''}`,
  );
/**
 * The scripts a route's HTML loads before its page renders, as the boot script (public/boot.js)
 * starts them once the frame has painted: on a first visit, the entry and the page's chunks; for
 * a returning learner also the plan reader and, with a language chosen, Home's dashboard and the
 * learner's track (the largest track is counted).
 */
function htmlScripts(htmlFile, learner = 'first visit') {
  const html = readFileSync(htmlFile, 'utf8');
  const data = (name) => new RegExp(`data-${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  const urls = (list) => list.split(/[ ,]/).filter(Boolean);
  const files = [...urls(data('entry')), ...urls(data('preload'))];
  if (learner === 'returning') {
    const tracks = data('tracks')
      .split(' ')
      .filter(Boolean)
      .map((entry) => urls(entry.split('=')[1] ?? ''));
    const largest =
      tracks.sort((a, b) => b.reduce((s, f) => s + gz(asset(f)), 0) - a.reduce((s, f) => s + gz(asset(f)), 0))[0] ?? [];
    files.push(...urls(data('reader')), ...urls(data('returning')), ...largest);
  }
  return new Set(files.map(asset));
}
/** The file in the build that a URL in the HTML names. */
function asset(url) {
  return url.includes('/assets/') ? `assets/${url.split('/assets/')[1]}` : url.split('/').pop();
}
const routeHtml = ['index.html', ...readdirSync(outDir).map((d) => `${d}/index.html`)].filter((f) =>
  existsSync(`${outDir}/${f}`),
);
const htmlBytes = (f, learner) => [...htmlScripts(`${outDir}/${f}`, learner)].reduce((s, file) => s + gz(file), 0);
const routeName = (f) => (f === 'index.html' ? '/' : `/${f.replace('/index.html', '')}`);
console.log("\nJS each route's HTML loads before its page renders (entry and modulepreloads), KB gzipped:");
console.log(`first visit: ${routeHtml.map((f) => `${routeName(f)} ${kb(htmlBytes(f))}`).join(', ')}`);
console.log(
  `returning learner (with the plan reader and the largest track): ${routeHtml.map((f) => `${routeName(f)} ${kb(htmlBytes(f, 'returning'))}`).join(', ')}`,
);

console.log('');
line('First page: JS the home page HTML loads before it renders', htmlBytes('index.html'), FIRST_PAGE_BUDGET_KB);
line('First visit, home page complete', bytes(firstVisit), FIRST_PAGE_BUDGET_KB);
line(
  'Returning learner, home page with roadmap content (worst)',
  worst((l) => [...returning(l)]),
);
line('All JS one learner can load, one language track (worst)', worst(oneLearner), TOTAL_BUDGET_KB);
line('All JS in the build, all seven tracks', bytes(everything));
