/**
 * Issue 11: offline after one visit. The service worker precaches the whole build; with the
 * network gone every page still opens (deep links too), a tick made offline is saved, and it
 * is still there once the network is back.
 */
import { HTML, expect, milestone, seedPlan, storedPlan, test, waitForServiceWorker } from './helpers';

test.use({ serviceWorkers: 'allow' });

const PAGES = [
  { path: '/', h1: 'Your road to backend developer with Python' },
  { path: '/roadmap', h1: 'Roadmap' },
  { path: '/progress', h1: 'Progress' },
  { path: '/compare', h1: 'Compare backend languages' },
  { path: '/plan', h1: 'Your plan' },
  { path: '/roadmap?view=map', h1: 'Roadmap' },
  { path: '/no-such-page', h1: 'Page not found' },
];

test('after one visit every page opens offline, and a tick made offline is kept', async ({ page, context }) => {
  await seedPlan(page, { language: 'python' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  for (const { path, h1 } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Offline: everything still works.' })).toBeVisible();
  }

  await page.goto('/roadmap');
  const html = milestone(page, HTML.title);
  await html.checkbox.check();
  await expect(html.checkbox).toBeChecked();
  expect((await storedPlan(page))?.plan.milestones[HTML.id]?.status).toBe('done');
  // Links to other sites say they need a connection.
  await html.article.getByText('Resources and note').click();
  await expect(html.article.getByRole('link', { name: /\(needs a connection\)$/ }).first()).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
  await page.reload();
  await expect(milestone(page, HTML.title).checkbox).toBeChecked();
  expect((await storedPlan(page))?.plan.milestones[HTML.id]?.status).toBe('done');
});
