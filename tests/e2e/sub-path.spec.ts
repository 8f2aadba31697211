/**
 * Issue 11: host it anywhere, under a sub-path too. A build made with BASE_PATH=/backend-path/
 * (served by the second web server in playwright.config.ts) keeps every address under that
 * prefix: deep links, a reload, the manifest, and the offline journey.
 */
import { SUB_PATH, SUB_PATH_URL } from './playwright.config';
import { HTML, expect, milestone, seedPlan, storedPlan, test, waitForServiceWorker } from './helpers';

test.use({ serviceWorkers: 'allow', baseURL: SUB_PATH_URL });

test('under a sub-path: a deep link, a reload, the manifest and the offline journey', async ({
  page,
  context,
  request,
}) => {
  await seedPlan(page, { language: 'go' });
  await page.goto(`${SUB_PATH_URL}roadmap`);
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  await expect(milestone(page, HTML.title).checkbox).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Progress' })).toHaveAttribute('href', `${SUB_PATH}progress`);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  // The header painted before the JavaScript arrives links under the prefix too.
  expect(await (await request.get(`${SUB_PATH_URL}roadmap`)).text()).toContain(`href="${SUB_PATH}progress"`);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest).toMatchObject({ start_url: SUB_PATH, scope: SUB_PATH });
  const worker = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(new URL(worker).pathname).toBe(SUB_PATH);

  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`${SUB_PATH_URL}progress`);
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await nav.getByRole('link', { name: 'Roadmap' }).click();
  await expect(page).toHaveURL(`${SUB_PATH_URL}roadmap`);
  await milestone(page, HTML.title).checkbox.check();
  await page.goto(`${SUB_PATH_URL}plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();

  await context.setOffline(false);
  await page.goto(`${SUB_PATH_URL}roadmap`);
  await expect(milestone(page, HTML.title).checkbox).toBeChecked();
  expect((await storedPlan(page))?.plan.milestones[HTML.id]?.status).toBe('done');
});
