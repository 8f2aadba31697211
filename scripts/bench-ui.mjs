// Part of npm run bench: ticks milestones in the built app in Chromium, with a heavy saved plan
// (1,000 milestone records and 500 milestones of the learner's own on the road), and prints how
// long a tick takes to reach the screen and how long the saved plan takes to load.
// Prints numbers; asserts nothing.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { pythonPlan } from './seed-plan.mjs';
import { startPreview } from './preview-server.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4793);
const TICKS = 30;

const executablePath = await findChromium();
if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await startPreview(PORT);

const now = new Date().toISOString();
const milestones = Object.fromEntries(
  Array.from({ length: 1000 }, (_, i) => [
    `bench-record-${i}`,
    { status: i % 2 ? 'done' : 'learning', updatedAt: now, note: `Note ${i}` },
  ]),
);
const custom = Array.from({ length: 500 }, (_, i) => ({
  id: `own-bench-${i}`,
  stageId: 'beyond',
  title: `Own milestone ${i}`,
  hours: 2,
  resources: [],
  updatedAt: now,
}));
const document = pythonPlan({ at: now, milestones, custom });

const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
await page.addInitScript((text) => {
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem('backend-path:plan', text);
    sessionStorage.setItem('seeded', '1');
  }
}, JSON.stringify(document));

await page.goto(`${server.url}/roadmap`);
// The last stage with its milestones: the whole road is drawn (the HTML alone has the headings).
await page.getByRole('region', { name: 'Beyond' }).getByRole('article').first().waitFor();
const rows = await page.getByRole('article').count();
if (rows < 600) {
  // The app refused the seeded plan: the numbers would describe the wrong thing.
  throw new Error(`Expected the seeded 500 own milestones on the road, found ${rows} milestones in all.`);
}

const result = await page.evaluate(async (ticks) => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const boxes = [...document.querySelectorAll('article input[type="checkbox"]')].slice(0, ticks);
  const handled = [];
  for (const box of boxes) {
    const start = performance.now();
    box.click();
    handled.push(performance.now() - start);
    await nextFrame();
  }
  // Reading the saved document back, as a reload does: parse, migrate and validate happen in the
  // app's own code, so this times the JSON part alone.
  const text = localStorage.getItem('backend-path:plan');
  const t = performance.now();
  JSON.parse(text);
  return { handled, parse: performance.now() - t, bytes: text.length };
}, TICKS);

const startup = await page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return nav ? nav.domContentLoadedEventEnd - nav.startTime : null;
});
await browser.close();
server.stop();

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p95 = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)];
const ms = (n) => `${n.toFixed(1)} ms`;
console.log(
  `\nRoadmap with ${rows} milestones on the road and a saved plan of ${(result.bytes / 1024).toFixed(0)} KB:`,
);
console.log(
  `  tick: click handled, page re-rendered and DOM updated: median ${ms(median(result.handled))}, p95 ${ms(p95(result.handled))} (a frame is 16 ms)`,
);
console.log(`  saved plan, JSON.parse alone          ${ms(result.parse)}`);
if (startup !== null) console.log(`  page load to DOMContentLoaded         ${ms(startup)}`);
