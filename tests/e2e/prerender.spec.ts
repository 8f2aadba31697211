/**
 * Pages that paint before the script (issue 12): each route's HTML holds its static frame, the
 * learner's own state arrives with the script without a console error (a failed hydration is
 * reported as one), and a route's HTML asks for all the chunks its page needs at once.
 */
import { STAGE_TITLES } from '../stage-titles';
import type { APIRequestContext, Page, Request } from '@playwright/test';
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

/** What a route's boot script starts once the frame has painted, as its data attributes name it. */
async function bootList(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const tag = /<script defer src="([^"]+)"([^>]*)><\/script>/.exec(html);
  expect(tag).not.toBeNull();
  const data = (name: string) => new RegExp(`data-${name}="([^"]*)"`).exec(tag?.[2] ?? '')?.[1] ?? '';
  const urls = (list: string) => list.split(/[ ,]/).filter(Boolean);
  const track = (language: string) =>
    urls(
      data('tracks')
        .split(' ')
        .find((entry) => entry.startsWith(`${language}=`))
        ?.split('=')[1] ?? '',
    );
  return {
    firstVisit: [tag?.[1] ?? '', data('entry'), ...urls(data('preload'))],
    returning: (language: string) => [...urls(data('reader')), ...urls(data('returning')), ...track(language)],
    reader: urls(data('reader')),
  };
}

/** The scripts the page asks for; the service worker's registration waits for an idle moment. */
function scriptsRequested(page: Page) {
  const requested: string[] = [];
  const listener = (r: Request) => {
    if (r.resourceType() === 'script' && !/pwa-register|workbox-window/.test(r.url()))
      requested.push(new URL(r.url()).pathname);
  };
  page.on('request', listener);
  return { requested, stop: () => page.off('request', listener) };
}

test('a deep link to the roadmap asks for its page and content at once, not one after another', async ({
  page,
  request,
}) => {
  const boot = await bootList(request, '/roadmap');
  const { requested } = scriptsRequested(page);
  await page.goto('/roadmap');
  await expect(page.getByRole('article').first()).toBeVisible();
  // Every script the page ran before its first milestone showed was named in the HTML.
  expect(requested.filter((path) => !boot.firstVisit.includes(path))).toEqual([]);
  expect(boot.firstVisit.some((path) => path.includes('milestones-common'))).toBe(true);
  // Nothing is saved on a first visit: the plan reader is never loaded.
  expect(boot.reader.length).toBeGreaterThan(0);
  expect(requested.filter((path) => boot.reader.includes(path))).toEqual([]);
});

test("a returning learner's deep link also asks at once for the plan reader and their language's track", async ({
  page,
  request,
}) => {
  await seedPlan(page, { language: 'python', milestones: { 'html-basics': 'done' } });
  for (const path of ['/', '/roadmap']) {
    const boot = await bootList(request, path);
    const named = [...boot.firstVisit, ...boot.returning('python')];
    const { requested, stop } = scriptsRequested(page);
    await page.goto(path);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(path === '/' ? 'Python' : 'Roadmap');
    if (path === '/roadmap') await expect(page.getByRole('article', { name: 'HTML basics' })).toBeVisible();
    expect(
      requested.filter((p) => !named.includes(p)),
      path,
    ).toEqual([]);
    expect(requested.filter((p) => boot.reader.includes(p)).length, path).toBeGreaterThan(0);
    stop();
  }
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
