// Part of npm run bench: the Roadmap for a returning learner (Python chosen), a first visit next
// to a repeat visit, in Chromium against the production build. Timed from navigation start until
// the Roadmap's h1 and its first milestone are on screen (the frame after both are in the page).
// Three ways in: a first visit (nothing cached), a repeat visit with the HTTP cache only (the
// service worker blocked), and a repeat visit with a warm service worker. Once on the plain
// local server, once on a throttled connection (150 ms round trip, 1.6 Mbit/s down, like
// Lighthouse's mobile preset). Medians of RUNS fresh profiles each. Prints numbers; asserts nothing.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { pythonPlan } from './seed-plan.mjs';
import { startPreview } from './preview-server.mjs';

const PORT = Number(process.env.BENCH_REPEAT_PORT ?? 4796);
const RUNS = Number(process.env.BENCH_REPEAT_RUNS ?? 5);
const THROTTLED = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const executablePath = await findChromium();
if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await startPreview(PORT);

const now = new Date().toISOString();
const plan = JSON.stringify(
  pythonPlan({ at: now, milestones: { 'html-basics': { status: 'done', updatedAt: now, completedAt: now } } }),
);

const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});

async function newProfile(serviceWorkers) {
  const context = await browser.newContext({ serviceWorkers });
  await context.addInitScript((text) => {
    if (!window.location.protocol.startsWith('http')) return;
    if (localStorage.getItem('backend-path:plan') === null) localStorage.setItem('backend-path:plan', text);
    // The frame after the Roadmap's h1 and a milestone are both in the page.
    const seen = () =>
      document.querySelector('#main h1')?.textContent === 'Roadmap' && document.querySelector('#main article');
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame((frame) => (window.__roadmapShownAt = frame));
    });
    observer.observe(document, { childList: true, subtree: true });
  }, plan);
  return context;
}

/** Opens the Roadmap in a new tab of this profile and returns the time until it is shown, in ms. */
async function visit(context, network) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await page.goto(`${server.url}/roadmap`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => window.__roadmapShownAt, null, { timeout: 60_000 });
  const shownAt = await handle.jsonValue();
  return { page, ms: shownAt };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(network) {
  const times = { first: [], httpCache: [], serviceWorker: [] };
  for (let run = 0; run < RUNS; run++) {
    // With the service worker: a first visit, wait until it has precached the app, then come back.
    const context = await newProfile('allow');
    const first = await visit(context, network);
    times.first.push(first.ms);
    await first.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.page.close();
    const again = await visit(context, network);
    if (!(await again.page.evaluate(() => navigator.serviceWorker.controller !== null)))
      throw new Error('The repeat visit was not served by the service worker.');
    times.serviceWorker.push(again.ms);
    await context.close();

    // Without it: the browser's HTTP cache alone.
    const plain = await newProfile('block');
    await (await visit(plain, network)).page.close();
    times.httpCache.push((await visit(plain, network)).ms);
    await plain.close();
  }
  return Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values)]));
}

const results = [
  ['local server, no throttling', await measure(null)],
  ['throttled: 150 ms RTT, 1.6 Mbit/s', await measure(THROTTLED)],
];
await browser.close();
server.stop();

const ms = (n) => `${Math.round(n)} ms`.padStart(8);
console.log(
  `\nRoadmap (returning learner, Python): time until its h1 and first milestone are shown, median of ${RUNS}:`,
);
for (const [label, r] of results) {
  console.log(`  ${label}`);
  console.log(`    first visit                          ${ms(r.first)}`);
  console.log(
    `    repeat visit, HTTP cache only        ${ms(r.httpCache)}  (${((100 * r.httpCache) / r.first).toFixed(0)}% of the first)`,
  );
  console.log(
    `    repeat visit, warm service worker    ${ms(r.serviceWorker)}  (${((100 * r.serviceWorker) / r.first).toFixed(0)}% of the first; goal: at most 50%)`,
  );
}
