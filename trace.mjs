import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startStaticServer } from './scripts/static-server.mjs';
const server = await startStaticServer('dist', 4833);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const roadmap = JSON.parse(readFileSync('dist/roadmap.json', 'utf8'));
const ids = roadmap.milestones.filter((m) => m.languages === null || m.languages.includes('python')).slice(0, 20).map((m) => m.id);
const at = '2026-11-01T00:00:00.000Z';
const seed = { format: 'backend-path-plan', version: 1, plan: { language: 'python', settings: { hoursPerWeek: 8, startDate: '2026-10-01', targetDate: null }, settingsUpdatedAt: at, milestones: Object.fromEntries(ids.map((id) => [id, { status: 'done', updatedAt: at, completedAt: at }])), custom: [], resetAt: null } };
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
await context.addInitScript((v) => { if (!localStorage.getItem('backend-path:plan')) localStorage.setItem('backend-path:plan', v); }, JSON.stringify(seed));
const page = await context.newPage();
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
await page.goto(server.url + (process.argv[2] ?? '/roadmap'));
await page.waitForTimeout(3000);
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
const counts = new Map();
for (const e of layouts) { const st = e.args?.beginData?.stackTrace?.[0]; const k = st ? `${st.functionName}@${st.url.split('/').pop()}:${st.lineNumber}:${st.columnNumber}` : '(no stack)'; const c = counts.get(k) ?? [0, 0]; c[0]++; c[1] += e.dur / 1000; counts.set(k, c); }
console.log('layouts', layouts.length);
for (const [k, [n, ms]] of [...counts].sort((a, b) => b[1][1] - a[1][1]).slice(0, 10)) console.log(n, Math.round(ms) + 'ms', k);
const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 50000);
for (const t of tasks) {
  const inner = events.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.name !== 'RunTask');
  const by = new Map();
  for (const e of inner) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  console.log('task', Math.round((t.ts - tasks[0].ts) / 1000), Math.round(t.dur / 1000) + 'ms', [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, ms]) => `${n} ${Math.round(ms)}`).join(', '));
}
await browser.close(); await server.stop();
