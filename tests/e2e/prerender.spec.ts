/**
 * Pages that paint before the script (issue 12): each route's HTML holds its static frame, the
 * learner's own state arrives with the script without a console error (a failed hydration is
 * reported as one), and a route's HTML asks for all the chunks its page needs at once.
 */
import { STAGE_TITLES } from '../stage-titles';
import { expect, seedPlan, test } from './helpers';

const ROUTES = [
  { path: '/', heading: 'Become a backend web developer, one milestone at a time' },
  { path: '/roadmap', heading: 'Roadmap' },
  { path: '/progress', heading: 'Progress' },
  { path: '/compare', heading: 'Compare backend languages' },
  { path: '/plan', heading: 'Your plan' },
] as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of ROUTES) {
    test(`${route.path} shows its header, heading and lead from the HTML alone`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmap' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      await expect(page.locator('p.lead')).toBeVisible();
      await expect(page).toHaveTitle(/Backend Path/);
    });
  }

  test('the roadmap HTML names every stage of the road', async ({ page }) => {
    await page.goto('/roadmap');
    const stages = page.getByRole('heading', { level: 2 });
    await expect(stages).toHaveText(STAGE_TITLES);
  });
});

test.describe('with the service worker, as a learner has it', () => {
  test.use({ serviceWorkers: 'allow' });

  for (const visitor of ['a first visit', 'a returning learner'] as const) {
    test(`every prerendered page hydrates without a console error or warning, on ${visitor}`, async ({ page }) => {
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      if (visitor === 'a returning learner')
        await seedPlan(page, { language: 'python', milestones: { 'html-basics': 'done', 'css-basics': 'learning' } });
      for (const route of ROUTES) {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        // The learner's own state replaced the frame: the page works.
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      }
      if (visitor === 'a returning learner') {
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1 })).toContainText('Python');
        await page.goto('/roadmap');
        await expect(page.getByText('Your road with Python')).toBeVisible();
        await expect(page.getByRole('article', { name: 'HTML basics' })).toBeVisible();
      }
      // The test fixture fails on console errors; warnings are checked here.
      expect(warnings).toEqual([]);
    });
  }
});

test('a deep link to the roadmap asks for its page and content at once, not one after another', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/roadmap')).text();
  // The boot script's list: what it starts at once when the frame has painted.
  const boot = /<script defer src="([^"]+)" data-entry="([^"]+)" data-preload="([^"]*)"/.exec(html);
  expect(boot).not.toBeNull();
  const [, bootScript = '', entry = '', list = ''] = boot ?? [];
  const announced = [bootScript, entry, ...list.split(' ')];
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
  });
  await page.goto('/roadmap');
  await expect(page.getByRole('article').first()).toBeVisible();
  // Every script the page ran before its first milestone showed was named in the HTML (a
  // returning learner's language track, which only the saved plan can name, would come after).
  // The service worker's registration waits for the browser to be idle, which may come first.
  const forThePage = requested.filter((path) => !/pwa-register|workbox-window/.test(path));
  expect(forThePage.filter((path) => !announced.includes(path))).toEqual([]);
  expect(announced.some((path) => path.includes('milestones-common'))).toBe(true);
});

test('a prerendered page never goes without a title while the app takes it over', async ({ page }) => {
  // Watches the head from the first byte: once the HTML's title is in, any moment without one is
  // recorded.
  await page.addInitScript(() => {
    const w = window as unknown as { untitled: number };
    w.untitled = 0;
    let titled = false;
    new MutationObserver(() => {
      if (document.head?.querySelector('title')) titled = true;
      else if (titled) w.untitled += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page).toHaveTitle(/Backend Path/);
    expect(await page.evaluate(() => (window as unknown as { untitled: number }).untitled), route.path).toBe(0);
    expect(await page.locator('head title').count(), `${route.path}: one title`).toBe(1);
  }
});
