/**
 * The learner's data is never lost: unreadable saved data is backed up, bad files change nothing,
 * plans travel by file and by link, storage trouble is reported, tabs agree, reset can be undone.
 * Every test runs in its own fresh browser context (Playwright's default).
 */
import { readFile } from 'node:fs/promises';
import {
  CSS,
  HTML,
  PYTHON_SETUP,
  STORAGE_KEY,
  alertWith,
  backups,
  doneIds,
  expect,
  languageRadio,
  milestone,
  navigate,
  seedPlan,
  roadLanguage,
  seedRawOnce,
  storedPlan,
  test,
} from './helpers';

const VALID_PLAN_BODY = {
  language: 'python',
  settings: { hoursPerWeek: 8, startDate: '2026-01-05', targetDate: null },
  milestones: {
    'html-basics': { status: 'done', updatedAt: '2026-01-06T10:00:00.000Z', completedAt: '2026-01-06T10:00:00.000Z' },
  },
  custom: [],
};

const UNREADABLE = [
  { name: 'not JSON', raw: '{not json', reason: /not valid JSON/ },
  {
    name: 'a wrong shape',
    raw: JSON.stringify({ format: 'backend-path-plan', version: 1, plan: { milestones: 'x' } }),
    reason: /./,
  },
  {
    name: 'a future version',
    raw: JSON.stringify({ format: 'backend-path-plan', version: 99, plan: VALID_PLAN_BODY }),
    reason: /newer version/,
  },
] as const;
for (const sample of UNREADABLE) {
  test(`saved data that is ${sample.name} is backed up, reported and never overwritten`, async ({ page }) => {
    await seedRawOnce(page, sample.raw);
    await page.goto('/');

    // Read not at all, or only in part: either way the learner is told, with the backup at hand.
    const alert = alertWith(page, /saved plan could not be read/);
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(sample.reason);
    await expect(alert.getByRole('button', { name: 'Download backup' })).toBeVisible();
    // The app starts with an empty plan: the first-visit language choice.
    await expect(page.getByRole('group', { name: 'Backend language' })).toBeVisible();

    const saved = await backups(page);
    const keys = Object.keys(saved);
    expect(keys, 'one backup key').toHaveLength(1);
    const backupKey = keys[0] ?? '';
    expect(saved[backupKey], 'the backup holds the exact raw value').toBe(sample.raw);

    await test.step('"Download backup" hands over the raw value', async () => {
      const downloading = page.waitForEvent('download');
      await alert.getByRole('button', { name: 'Download backup' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^backend-path-backup-\d{4}-\d{2}-\d{2}\.json$/);
      expect(await readFile(await download.path(), 'utf8')).toBe(sample.raw);
    });

    await test.step('using the app and reloading keeps the backup as it was', async () => {
      await languageRadio(page, 'Python').check();
      await navigate(page, 'Roadmap');
      const html = milestone(page, HTML.title);
      await html.checkbox.check();
      await expect(html.checkbox).toBeChecked();
      await page.reload();
      await expect(html.checkbox).toBeChecked();
      expect(await backups(page)).toEqual({ [backupKey]: sample.raw });
      const plan = await storedPlan(page);
      expect(plan?.plan.language).toBe('python');
      expect(doneIds(plan?.plan)).toEqual([HTML.id]);
    });
  });
}

test('a broken file and a file that is not a plan are refused and change nothing', async ({ page }) => {
  await seedPlan(page, { language: 'python', milestones: { [HTML.id]: 'done', [CSS.id]: 'learning' } });
  await page.goto('/plan');
  await expect(languageRadio(page, 'Python')).toBeChecked();
  const before = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  expect(before).not.toBeNull();

  const files = [
    { name: 'broken.json', body: '{"format": "backend-path-plan", "version": 1, "plan": {', says: /not valid JSON/ },
    { name: 'hello.json', body: JSON.stringify({ hello: 'world' }), says: /not a Backend Path plan file/ },
  ];
  for (const file of files) {
    await test.step(file.name, async () => {
      await page.getByLabel('Import plan', { exact: true }).setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.body, 'utf8'),
      });
      const alert = alertWith(page, 'Nothing was imported.');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(file.says);
      await expect(page.getByRole('heading', { name: 'Import preview' })).toHaveCount(0);
      await expect(languageRadio(page, 'Python')).toBeChecked();
      expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBe(before);
    });
  }

  await navigate(page, 'Roadmap');
  await expect(milestone(page, HTML.title).checkbox).toBeChecked();
  await expect(milestone(page, CSS.title).status).toHaveValue('learning');
  await page.reload();
  await expect(milestone(page, HTML.title).checkbox).toBeChecked();
  await expect(milestone(page, CSS.title).status).toHaveValue('learning');
});

test('when storage is full the tick stays, an alert says so, and it clears once saving works', async ({ page }) => {
  await seedPlan(page, { language: 'python' });
  await page.goto('/roadmap');
  await expect(roadLanguage(page)).toHaveText('Python');
  const html = milestone(page, HTML.title);
  const css = milestone(page, CSS.title);

  await page.evaluate(() => {
    const w = window as unknown as { __realSetItem?: Storage['setItem'] };
    w.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await html.checkbox.click();
  const alert = alertWith(page, 'Your plan could not be saved.');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('storage for this site is full');
  await expect(html.checkbox).toBeChecked();
  expect(doneIds((await storedPlan(page))?.plan)).toEqual([]);

  await page.evaluate(() => {
    const w = window as unknown as { __realSetItem?: Storage['setItem'] };
    if (w.__realSetItem) Storage.prototype.setItem = w.__realSetItem;
  });
  await css.checkbox.click();
  await expect(alert).toHaveCount(0);
  await expect(html.checkbox).toBeChecked();
  await expect(css.checkbox).toBeChecked();
  expect(doneIds((await storedPlan(page))?.plan)).toEqual([CSS.id, HTML.id].sort());

  await page.reload();
  await expect(html.checkbox).toBeChecked();
  await expect(css.checkbox).toBeChecked();
});

test('two tabs see each other’s ticks and neither erases the other', async ({ context, page }) => {
  await seedPlan(context, { language: 'python' });
  const first = page;
  const second = await context.newPage();
  await first.goto('/roadmap');
  await second.goto('/roadmap');
  for (const tab of [first, second]) await expect(roadLanguage(tab)).toHaveText('Python');

  await milestone(first, HTML.title).checkbox.click();
  await expect(milestone(first, HTML.title).checkbox).toBeChecked();
  await expect(milestone(second, HTML.title).checkbox).toBeChecked({ timeout: 1000 });

  await milestone(second, PYTHON_SETUP.title).checkbox.click();
  await expect(milestone(second, PYTHON_SETUP.title).checkbox).toBeChecked();
  await expect(milestone(first, PYTHON_SETUP.title).checkbox).toBeChecked({ timeout: 1000 });
  await expect(milestone(first, HTML.title).checkbox).toBeChecked();
  await expect(milestone(second, HTML.title).checkbox).toBeChecked();

  for (const tab of [first, second]) {
    await tab.reload();
    await expect(milestone(tab, HTML.title).checkbox).toBeChecked();
    await expect(milestone(tab, PYTHON_SETUP.title).checkbox).toBeChecked();
  }
  expect(doneIds((await storedPlan(first))?.plan)).toEqual([HTML.id, PYTHON_SETUP.id].sort());
});

test('reset asks first, empties the plan, and can be undone', async ({ page }) => {
  await seedPlan(page, { language: 'python', milestones: { [HTML.id]: 'done', [PYTHON_SETUP.id]: 'done' } });
  await page.goto('/plan');
  await expect(languageRadio(page, 'Python')).toBeChecked();

  const dialog = page.getByRole('dialog', { name: 'Reset your plan?' });
  await test.step('Cancel leaves everything as it was', async () => {
    await page.getByRole('button', { name: 'Reset plan' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Export first' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(languageRadio(page, 'Python')).toBeChecked();
    expect(doneIds((await storedPlan(page))?.plan)).toEqual([HTML.id, PYTHON_SETUP.id].sort());
  });

  await test.step('"Yes, reset my plan" empties it', async () => {
    await page.getByRole('button', { name: 'Reset plan' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Yes, reset my plan' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Your plan was reset.' })).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Backend language' }).getByRole('radio', { checked: true }),
    ).toHaveCount(0);
    const stored = await storedPlan(page);
    expect(stored?.plan.language ?? null).toBeNull();
    expect(doneIds(stored?.plan)).toEqual([]);
    await navigate(page, 'Roadmap');
    await expect(milestone(page, HTML.title).checkbox).not.toBeChecked();
    await expect(milestone(page, PYTHON_SETUP.title).article).toHaveCount(0);
  });

  await test.step('"Undo reset" brings it back', async () => {
    await navigate(page, 'Plan');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect(page.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);
    await expect(languageRadio(page, 'Python')).toBeChecked();
    await navigate(page, 'Roadmap');
    await expect(milestone(page, HTML.title).checkbox).toBeChecked();
    await expect(milestone(page, PYTHON_SETUP.title).checkbox).toBeChecked();
    await page.reload();
    await expect(milestone(page, HTML.title).checkbox).toBeChecked();
    await expect(milestone(page, PYTHON_SETUP.title).checkbox).toBeChecked();
  });
});
