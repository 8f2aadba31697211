import { chromium } from '@playwright/test';
import { startStaticServer } from './scripts/static-server.mjs';
const server = await startStaticServer('dist', 4843);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
await context.addInitScript(() => { if (!localStorage.getItem('backend-path:plan')) localStorage.setItem('backend-path:plan', JSON.stringify({ format: 'backend-path-plan', version: 1, plan: { language: 'python', settings: { hoursPerWeek: 8, startDate: '2026-10-01', targetDate: null }, settingsUpdatedAt: '2026-10-01T00:00:00.000Z', milestones: {}, custom: [], resetAt: null } })); });
const page = await context.newPage();
await page.goto(server.url + '/roadmap');
await page.waitForTimeout(2500);
const result = await page.evaluate(() => {
  const time = () => { const t = performance.now(); document.documentElement.classList.toggle('x'); void document.body.offsetHeight; return Math.round(performance.now() - t); };
  const rows = [['all', time(), time()]];
  const sheets = [...document.styleSheets];
  for (const sheet of sheets) {
    const rules = [...sheet.cssRules];
    // time with each rule removed, find the most expensive rules
    const base = Math.min(time(), time());
    const costs = [];
    for (let i = 0; i < rules.length; i++) {
      const text = rules[i].cssText;
      sheet.deleteRule(i);
      const t = Math.min(time(), time());
      sheet.insertRule(text, i);
      costs.push([base - t, text.slice(0, 90)]);
    }
    costs.sort((a, b) => b[0] - a[0]);
    rows.push([sheet.href?.split('/').pop(), base, costs.slice(0, 4)]);
  }
  return rows;
});
console.log(JSON.stringify(result, null, 1));
await browser.close(); await server.stop();
