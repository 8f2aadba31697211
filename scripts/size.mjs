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

const entry = closure([Object.keys(manifest).find((k) => manifest[k].isEntry)]);
const firstVisit = closure([key('pages/home-page.tsx')], new Set(entry));
const returning = (language) => closure([key('pages/home-dashboard.tsx'), trackKey(language)], new Set(firstVisit));
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
 * The scripts a route's HTML loads before its page renders: every script it names, in a script
 * tag or in the list the boot script (public/boot.js) starts once the frame has painted.
 */
function htmlScripts(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const urls = [...html.matchAll(/(?<=["\s])(?:\/[\w.-]+)+\.js(?=["\s])/g)].map((m) => m[0]);
  return new Set(
    urls.map((url) => (url.includes('/assets/') ? `assets/${url.split('/assets/')[1]}` : url.split('/').pop())),
  );
}
const routeHtml = ['index.html', ...readdirSync(outDir).map((d) => `${d}/index.html`)].filter((f) =>
  existsSync(`${outDir}/${f}`),
);
const htmlBytes = (f) => [...htmlScripts(`${outDir}/${f}`)].reduce((s, file) => s + gz(file), 0);
console.log("\nJS each route's HTML loads before its page renders (entry and modulepreloads), KB gzipped:");
console.log(
  routeHtml
    .map((f) => `${f === 'index.html' ? '/' : `/${f.replace('/index.html', '')}`} ${kb(htmlBytes(f))}`)
    .join(', '),
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
