import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await browser.newContext();
const B = 'http://127.0.0.1:4811';
const a = await ctx.newPage(); const b = await ctx.newPage();
const errors = [];
for (const p of [a,b]) p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await a.goto(B + '/roadmap');
await a.getByRole('checkbox', { name: 'HTML basics' }).first().check();
await a.getByRole('checkbox', { name: 'CSS basics' }).first().check();
await b.goto(B + '/roadmap');
await a.goto(B + '/plan');
await a.getByRole('button', { name: 'Reset plan' }).click();
await a.getByRole('button', { name: 'Yes, reset my plan' }).click();
await a.getByRole('button', { name: 'Undo reset' }).click();
const saved = () => a.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('backend-path:plan')).plan.milestones));
console.log('A after undo, saved records:', await saved());
await b.waitForTimeout(300);
console.log('B checkbox HTML checked after A undo:', await b.getByRole('checkbox', { name: 'HTML basics' }).first().isChecked());
await b.getByRole('checkbox', { name: 'Git' }).first().check().catch(async () => { await b.getByRole('checkbox').nth(5).check(); });
await a.waitForTimeout(300);
console.log('A saved records after B ticks one:', await saved());
await a.goto(B + '/progress');
console.log('A overall:', await a.getByRole('progressbar', { name: 'Overall progress' }).getAttribute('aria-valuetext'));

// hostile share links from a fresh load
const c = await ctx.newPage();
for (const h of ['A'.repeat(50), '_-_-', 'x'.repeat(9000), '%00']) {
  await c.goto(B + '/'); await c.goto(B + '/plan#share=' + h);
  await c.waitForTimeout(600);
  console.log('share', h.slice(0,6), '=>', (await c.getByRole('alert').allInnerTexts()).map(s=>s.slice(0,120)));
}
await browser.close();
console.log('console:', errors);
