/**
 * Small things a learner notices: a note typed just before a reload is kept, a share link works
 * on a Plan page that is already open, and focus lands somewhere sensible after an import.
 */
import { HTML, expect, milestone, seedPlan, storedPlan, test } from './helpers';

test('a note typed just before a reload is kept', async ({ page }) => {
  await seedPlan(page, { language: 'python' });
  await page.goto('/roadmap');
  const { article } = milestone(page, HTML.title);
  await article.getByText('Resources and note').click();
  await article.getByLabel('Note').fill('Finished the MDN forms module');
  // No pause, no leaving the field: straight to a reload.
  await page.reload();
  const again = milestone(page, HTML.title).article;
  await again.getByText('Resources and note').click();
  await expect(again.getByLabel('Note')).toHaveValue('Finished the MDN forms module');
  expect((await storedPlan(page))?.plan.milestones[HTML.id]?.note).toBe('Finished the MDN forms module');
});

test('a share link opened while the Plan page is open shows its preview, and focus follows the import', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedPlan(page, { language: 'go', milestones: { [HTML.id]: 'done' } });
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/plan#share=');

  // Same page, new fragment: as when the link is pasted into this tab's address bar.
  await page.evaluate((url) => {
    window.location.hash = new URL(url).hash;
  }, link);
  await expect(page.getByRole('heading', { level: 1, name: /^Shared plan: Go, 1 of \d+ done$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Import this plan' }).click();
  await expect(page.getByRole('heading', { name: 'Import preview' })).toBeFocused();
  await expect(page).not.toHaveURL(/#share=/);

  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
  await expect(
    page.locator('.notice', { has: page.getByRole('button', { name: 'Undo import' }) }).first(),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import undone' })).toBeFocused();
});
