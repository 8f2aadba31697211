// Part of npm run bench: the app's Map and List views on a synthetic road of 1,000 milestones,
// next to a bare React list of the same length, timed in Chromium in the same run (the harness in
// tests/bench/harness). Prints numbers next to DESIGN.md's targets; asserts nothing.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const PORT = Number(process.env.BENCH_HARNESS_PORT ?? 4794);
const LENGTH = 1000;
const RUNS = 7;
const TICKS = 30;
const DIR = 'reports/bench-harness';

execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/harness/vite.config.ts'], { stdio: 'inherit' });
const server = await startStaticServer(DIR, PORT);

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${server.url}/`);
await page.waitForFunction(() => document.title === 'ready');

const call = (name, arg) => page.evaluate(([n, a]) => window.bench[n](a), [name, arg]);
const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p95 = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)];

const layout = [];
const map = [];
const mapLines = [];
const mapAll = [];
const mapLongest = [];
for (let i = 0; i < RUNS; i++) {
  layout.push(await call('layout', LENGTH));
  const [painted, withLines, everyBand, longestTask] = await call('map', LENGTH);
  map.push(painted);
  mapLines.push(withLines);
  mapAll.push(everyBand);
  mapLongest.push(longestTask);
  await settle();
}
const mapChange = await call('mapStatusChange', TICKS);

const list = [];
const bare = [];
let listTick = [];
let bareTick = [];
let listRender = [];
for (let i = 0; i < 3; i++) {
  list.push(await call('list', LENGTH));
  await settle();
  listTick = listTick.concat(await call('listTick', TICKS));
  listRender = listRender.concat(await call('listRender', TICKS));
  bare.push(await call('bare', LENGTH));
  await settle();
  bareTick = bareTick.concat(await call('bareTick', TICKS));
}
const storeOnly = await call('storeOnly', TICKS * 3);
await browser.close();
await server.stop();

const ms = (n) => `${n.toFixed(1)} ms`;
const row = (label, value, target) => console.log(`  ${label.padEnd(58)} ${value.padStart(22)}  ${target}`);
console.log(
  `\nRoad of ${LENGTH} milestones, in Chromium (median of ${RUNS} runs, ticks: median and p95 of ${TICKS * 3}):`,
);
row('map: layout alone', ms(median(layout)), '');
row('map: layout and first render, painted', ms(median(map)), 'target <= 100 ms');
row('map: ... and the lines of the bands in view painted', ms(median(mapLines)), '');
row('map: ... and every band drawn (in background renders)', ms(median(mapAll)), '');
row('map: the longest task on the way', ms(median(mapLongest)), '');
row(
  'map: a status change, node re-rendered',
  `${ms(median(mapChange))} / p95 ${ms(p95(mapChange))}`,
  'target <= 16 ms',
);
row('list: first render (the stages drawn at once)', ms(median(list)), '');
row('list: a tick, DOM updated', `${ms(median(listTick))} / p95 ${ms(p95(listTick))}`, '');
row('list: a tick without the save (React alone)', `${ms(median(listRender))} / p95 ${ms(p95(listRender))}`, '');
row('bare React list of the same length: a tick', `${ms(median(bareTick))} / p95 ${ms(p95(bareTick))}`, '');
row('the store alone: a change checked and saved', `${ms(median(storeOnly))} / p95 ${ms(p95(storeOnly))}`, '');
// Ticks take a few tenths of a millisecond, near the browser clock's 0.1 ms steps: the ratio is
// taken on means (the slowest 5% of each left out, garbage collection), which those steps blur less.
const trimmedMean = (v) => {
  const kept = [...v].sort((a, b) => a - b).slice(0, Math.ceil(v.length * 0.95));
  return kept.reduce((sum, x) => sum + x, 0) / kept.length;
};
row('list tick (React alone), mean of the fastest 95%', ms(trimmedMean(listRender)), '');
row('bare React list: a tick, mean of the fastest 95%', ms(trimmedMean(bareTick)), '');
const ratio = trimmedMean(listRender) / Math.max(0.01, trimmedMean(bareTick));
row('list tick (React alone) against the bare list', `${ratio.toFixed(2)}x`, 'goal <= 1.5x');
