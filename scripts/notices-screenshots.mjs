// Screenshots of the app's notices in a real update: serves a copy of dist/, lets the service
// worker install, then publishes a "new release" (the worker with one precache revision changed)
// and goes offline, in light and dark at 360 and 1280 px, into test-results/screenshots/.
// Run after a build: node scripts/notices-screenshots.mjs
import { cpSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { pythonPlan } from './seed-plan.mjs';
import { startPreview } from './preview-server.mjs';

const out = 'dist-shot';
const shots = 'test-results/screenshots';
rmSync(out, { recursive: true, force: true });
cpSync('/work/wt-pwa/dist', out, { recursive: true });
const server = await startPreview(Number(process.env.SHOTS_PORT ?? 4797), { args: ['--outDir', out] });
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const now = new Date().toISOString();
const plan = JSON.stringify(pythonPlan({ at: now }));
const original = readFileSync(`${out}/sw.js`, 'utf8');
for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    writeFileSync(`${out}/sw.js`, original);
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width, height: 800 },
      serviceWorkers: 'allow',
    });
    await context.addInitScript((t) => {
      if (location.protocol.startsWith('http') && !localStorage.getItem('backend-path:plan'))
        localStorage.setItem('backend-path:plan', t);
    }, plan);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log('console error', m.text()));
    await page.goto(`${server.url}/roadmap`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
    // A new release: the same worker with one revision changed (same length, so the server's headers still fit).
    const changed = original.replace(/"revision":"([0-9a-f])/, (m, c) => `"revision":"${c === 'a' ? 'b' : 'a'}`);
    writeFileSync(`${out}/sw.js`, changed);
    await page.waitForTimeout(1200);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.getByText('A new version of Backend Path is ready.').waitFor({ timeout: 30000 });
    await context.setOffline(true);
    await page.getByText('Offline: everything still works.').waitFor();
    await page.screenshot({ path: `${shots}/notices-${scheme}-${width}.png` });
    // Writing a note: the banner asks to finish first.
    const article = page.getByRole('article', { name: 'HTML basics', exact: true });
    await article.getByText('Resources and note').click();
    await article.getByLabel('Note').click();
    await page.getByText('Reload when you finish your note').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/notices-note-${scheme}-${width}.png` });
    // Reload, with the note still being written: the note is saved, then the new version takes over.
    await article.getByLabel('Note').fill('Forms next');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('backend-path:plan')));
    if (saved.plan.milestones['html-basics']?.note !== 'Forms next') throw new Error('The note was lost on Reload.');
    if (await page.getByText('A new version of Backend Path is ready.').count())
      throw new Error('Still offered a new version after Reload.');
    await context.close();
    console.log('shot', scheme, width, '(Reload kept the note and took the new version)');
  }
}
await browser.close();
server.stop();
rmSync(out, { recursive: true, force: true });
