// npm run lighthouse: builds, serves the production build with a plain static server (no
// compression, as a simple host does), and runs Lighthouse's mobile preset three times per case
// in Debian's Chromium. Prints the medians next to the targets (DESIGN.md, issue 12) and writes
// them to reports/lighthouse-summary.json. Prints numbers; fails nothing.
//
// Cases: a first visit to `/`, and a returning learner (Python chosen, 20 milestones done) on
// `/roadmap`, `/progress` and the Map view. The learner is seeded into a Chromium profile, and
// Lighthouse runs in it with storage reset turned off. LIGHTHOUSE_CASES=home,map picks cases.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { pythonPlan } from './seed-plan.mjs';
import { startStaticServer } from './static-server.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4792);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const STORAGE_KEY = 'backend-path:plan';

const CASES = [
  { name: 'home', path: '/', visitor: 'first visit' },
  { name: 'roadmap', path: '/roadmap', visitor: 'returning learner' },
  { name: 'progress', path: '/progress', visitor: 'returning learner' },
  { name: 'map', path: '/roadmap?view=map', visitor: 'returning learner' },
  { name: 'compare', path: '/compare', visitor: 'first visit' },
].filter((c) => !process.env.LIGHTHOUSE_CASES || process.env.LIGHTHOUSE_CASES.split(',').includes(c.name));

const TARGETS = {
  performance: { target: 97, better: 'higher' },
  fcp: { target: null },
  lcp: { target: 2000, better: 'lower' },
  tbt: { target: 100, better: 'lower' },
  cls: { target: 0.02, better: 'lower' },
  accessibility: { target: 100, better: 'higher' },
  'best-practices': { target: 100, better: 'higher' },
  seo: { target: 100, better: 'higher' },
};
// These audits crash on Chromium 156's trace format and do not affect the scores (TOOLCHAIN.md).
const SKIP = [
  'largest-contentful-paint-element',
  'lcp-lazy-loaded',
  'layout-shifts',
  'non-composited-animations',
  'prioritize-lcp-image',
  'render-blocking-resources',
];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

const chromePath = await findChromium();
if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
mkdirSync('reports', { recursive: true });
const server = await startStaticServer('dist', PORT);
const origin = server.url;

/** A version-1 plan file: Python chosen, the first 20 milestones of the published roadmap done. */
function returningLearnerPlan() {
  const roadmap = JSON.parse(readFileSync('dist/roadmap.json', 'utf8'));
  const ids = roadmap.milestones
    .filter((m) => m.languages === null || m.languages.includes('python'))
    .slice(0, 20)
    .map((m) => m.id);
  const day = 24 * 3600 * 1000;
  const milestones = Object.fromEntries(
    ids.map((id, i) => {
      const at = new Date(Date.now() - (40 - i) * day).toISOString();
      return [id, { status: 'done', updatedAt: at, completedAt: at }];
    }),
  );
  return pythonPlan({ at: new Date(Date.now() - 45 * day).toISOString(), milestones });
}

/** A Chromium profile that has the returning learner's plan saved for this origin (no service worker). */
async function seededProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'bp-lighthouse-seed-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // A static file of the origin: the app itself does not run while the plan is seeded.
  await page.goto(`${origin}/roadmap.json`);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [STORAGE_KEY, JSON.stringify(returningLearnerPlan())],
  );
  await context.close();
  return dir;
}

async function runOnce(url, profile, reportPath) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bp-lighthouse-run-'));
  if (profile) cpSync(profile, userDataDir, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      skipAudits: SKIP,
      disableStorageReset: Boolean(profile),
    });
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    writeFileSync(reportPath, result.report);
    return {
      performance: Math.round(categories.performance.score * 100),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      accessibility: Math.round(categories.accessibility.score * 100),
      'best-practices': Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (key, value) =>
  key === 'cls'
    ? value.toFixed(3)
    : ['fcp', 'lcp'].includes(key)
      ? `${(value / 1000).toFixed(2)} s`
      : key === 'tbt'
        ? `${Math.round(value)} ms`
        : String(value);
const meets = (key, value) => {
  const { target, better } = TARGETS[key];
  if (target === null) return '';
  return (better === 'higher' ? value >= target : value <= target) ? ' ✓' : ` ✗ (target ${format(key, target)})`;
};

const profile = CASES.some((c) => c.visitor === 'returning learner') ? await seededProfile() : null;
const summary = [];
try {
  for (const c of CASES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const profileFor = c.visitor === 'returning learner' ? profile : null;
      runs.push(await runOnce(`${origin}${c.path}`, profileFor, `reports/lighthouse-${c.name}-${i + 1}.json`));
      process.stdout.write('.');
    }
    const medians = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, median(runs.map((r) => r[key]))]));
    summary.push({ page: c.path, visitor: c.visitor, medians, runs });
  }
} finally {
  await server.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
}

writeFileSync('reports/lighthouse-summary.json', JSON.stringify(summary, null, 2));
console.log(
  `\n\nLighthouse ${RUNS > 1 ? `mobile preset, median of ${RUNS} runs` : 'mobile preset, one run'}, no compression:`,
);
console.table(
  summary.map(({ page, visitor, medians }) => ({
    page,
    visitor,
    ...Object.fromEntries(Object.entries(medians).map(([key, value]) => [key, format(key, value) + meets(key, value)])),
  })),
);
