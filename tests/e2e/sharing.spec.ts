/**
 * Plans travel: by file into a fresh profile (and back out with Undo import), and by share link.
 * Every test runs in its own fresh browser context (Playwright's default).
 */
import type { Page } from '@playwright/test';
import {
  CSS,
  HTML,
  PYTHON_SETUP,
  doneIds,
  expect,
  languageRadio,
  milestone,
  navigate,
  seedPlan,
  storedPlan,
  test,
} from './helpers';

/** The link the "Copy share link" button made: from the clipboard, or from the fallback field. */
async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const copied = page.getByRole('status').filter({ hasText: 'Share link copied.' });
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(copied.or(field)).toBeVisible();
  const fromClipboard = await copied.isVisible();
  test
    .info()
    .annotations.push({ type: 'share link read from', description: fromClipboard ? 'clipboard' : 'fallback field' });
  return fromClipboard ? page.evaluate(() => navigator.clipboard.readText()) : field.inputValue();
}

test('an exported plan imports into a fresh profile, and the import can be undone', async ({ page, freshContext }) => {
  let exported = '';
  await test.step('make a plan and export it', async () => {
    await page.goto('/plan');
    await languageRadio(page, 'Python').check();
    await navigate(page, 'Roadmap');
    await milestone(page, HTML.title).checkbox.check();
    await milestone(page, PYTHON_SETUP.title).checkbox.check();
    await milestone(page, CSS.title).status.selectOption({ label: 'Learning' });
    await navigate(page, 'Plan');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export plan' }).click();
    exported = await (await downloading).path();
  });

  const other = await (await freshContext()).newPage();
  await other.goto('/plan');
  await expect(
    other.getByRole('group', { name: 'Backend language' }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  await other.getByLabel('Import plan', { exact: true }).setInputFiles(exported);

  const preview = other.getByRole('region', { name: 'Import preview' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Language: Python (now none chosen)');
  await expect(preview).toContainText('Done: 2');
  await expect(preview).toContainText('Learning: 1');
  // Nothing changes before the learner decides.
  expect(await storedPlan(other)).toBeNull();

  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(preview).toHaveCount(0);
  await expect(other.getByRole('status').filter({ hasText: 'Your plan was replaced by the import.' })).toBeVisible();
  await expect(languageRadio(other, 'Python')).toBeChecked();

  await navigate(other, 'Roadmap');
  await expect(milestone(other, HTML.title).checkbox).toBeChecked();
  await expect(milestone(other, PYTHON_SETUP.title).checkbox).toBeChecked();
  await expect(milestone(other, CSS.title).status).toHaveValue('learning');
  expect(doneIds((await storedPlan(other))?.plan)).toEqual([HTML.id, PYTHON_SETUP.id].sort());

  await navigate(other, 'Plan');
  await other.getByRole('button', { name: 'Undo import' }).click();
  await expect(other.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await expect(
    other.getByRole('group', { name: 'Backend language' }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  await navigate(other, 'Roadmap');
  await expect(milestone(other, HTML.title).checkbox).not.toBeChecked();
  await expect(milestone(other, CSS.title).status).toHaveValue('todo');
  await expect(milestone(other, PYTHON_SETUP.title).article).toHaveCount(0);
  const afterUndo = await storedPlan(other);
  expect(afterUndo?.plan.language ?? null).toBeNull();
  expect(doneIds(afterUndo?.plan)).toEqual([]);

  await other.reload();
  await expect(milestone(other, HTML.title).checkbox).not.toBeChecked();
});

test('a share link opens the plan in a fresh profile, ready to import', async ({
  page,
  context,
  baseURL,
  freshContext,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await seedPlan(page, {
    language: 'python',
    milestones: {
      [HTML.id]: 'done',
      [PYTHON_SETUP.id]: 'done',
      [CSS.id]: { status: 'learning', note: 'flexbox next' },
    },
  });
  await page.goto('/plan');
  const link = await copyShareLink(page);
  expect(link.startsWith(`${baseURL}/plan#share=`), `share link: ${link.slice(0, 80)}`).toBe(true);

  const other = await (await freshContext()).newPage();
  await other.goto(link);
  // The shared road first, read-only; nothing saved until the learner imports it.
  await expect(other.getByRole('heading', { level: 1, name: /^Shared plan: Python, 2 of \d+ done$/ })).toBeVisible();
  expect(await storedPlan(other)).toBeNull();
  await other.getByRole('button', { name: 'Import this plan' }).click();
  const preview = other.getByRole('region', { name: 'Import preview' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('From the share link');
  await expect(preview).toContainText('Language: Python (now none chosen)');
  await expect(preview).toContainText('Done: 2');
  await expect(preview).toContainText('1 note');
  // The plan is taken out of the address once read.
  await expect(other).toHaveURL(/\/plan$/);

  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(languageRadio(other, 'Python')).toBeChecked();
  await navigate(other, 'Roadmap');
  await expect(milestone(other, HTML.title).checkbox).toBeChecked();
  await expect(milestone(other, PYTHON_SETUP.title).checkbox).toBeChecked();
  await expect(milestone(other, CSS.title).status).toHaveValue('learning');
  await other.reload();
  await expect(milestone(other, HTML.title).checkbox).toBeChecked();
  await expect(milestone(other, PYTHON_SETUP.title).checkbox).toBeChecked();
});
