/**
 * A new learner's first session, end to end: choose a language, tick milestones with the mouse
 * and with the keyboard, see progress, compare languages, export the plan, switch languages.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import {
  CSS,
  HTML,
  LANGUAGES,
  doneIds,
  expect,
  languageRadio,
  milestone,
  navigate,
  stageSection,
  roadLanguage,
  storedPlan,
  test,
  type StoredPlan,
} from './helpers';

/** Presses Tab until `target` has focus; fails if it never does. Keyboard only. */
async function tabTo(page: Page, target: Locator, maxPresses = 15): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a new learner chooses Python, ticks milestones, sees progress, compares and exports', async ({ page }) => {
  await test.step('first visit: choose Python', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const python = languageRadio(page, 'Python');
    await python.check();
    await expect(python).toBeChecked();
    for (const other of LANGUAGES.filter((l) => l.name !== 'Python')) {
      await expect(languageRadio(page, other.name)).not.toBeChecked();
    }
  });

  const html = milestone(page, HTML.title);
  const css = milestone(page, CSS.title);

  await test.step('Roadmap: tick HTML with the mouse and CSS with the keyboard', async () => {
    await navigate(page, 'Roadmap');
    const foundations = stageSection(page, 'Web foundations');
    await expect(foundations.getByRole('heading', { level: 2, name: 'Web foundations' })).toBeVisible();
    // The first milestone of the road is the HTML one.
    await expect(foundations.getByRole('article').first()).toHaveAccessibleName(/HTML/);
    await expect(foundations.getByRole('article', { name: HTML.title, exact: true })).toBeVisible();

    await expect(html.checkbox).not.toBeChecked();
    await html.checkbox.click();
    await expect(html.checkbox).toBeChecked();
    await expect(html.status).toHaveValue('done');

    // From the HTML checkbox (focused by the click), Tab along to CSS's Status, then D for done.
    await expect(html.checkbox).toBeFocused();
    await tabTo(page, css.status);
    await expect(css.status).toBeFocused();
    await page.keyboard.press('d');
    await expect(css.checkbox).toBeChecked();
    await expect(css.status).toHaveValue('done');
  });

  await test.step('reload: both ticks are still there, and saved', async () => {
    await page.reload();
    await expect(html.checkbox).toBeChecked();
    await expect(css.checkbox).toBeChecked();
    const saved = await storedPlan(page);
    expect(saved?.plan.language).toBe('python');
    expect(doneIds(saved?.plan)).toEqual([CSS.id, HTML.id].sort());
  });

  await test.step('Progress: overall progress above zero and a projected finish date', async () => {
    await navigate(page, 'Progress');
    const overall = page.getByRole('progressbar', { name: 'Overall progress', exact: true });
    await expect(overall).toBeVisible();
    const now = Number(await overall.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThan(100);
    for (const stage of ['Web foundations', 'Internet and tools', 'Server language']) {
      await expect(page.getByRole('progressbar', { name: stage, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('progressbar', { name: 'Web foundations', exact: true })).not.toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    const finishLabel = page.getByText(/^the whole road, in about \d+ weeks?$/);
    await expect(finishLabel).toBeVisible();
    // The date sits just before its label, e.g. "3 March 2027" or "March 3, 2027".
    const finishDate = finishLabel.locator('xpath=preceding-sibling::*[1]');
    await expect(finishDate).toHaveText(/^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/);
  });

  await test.step('Compare: every column fits, each fact has a footnote to an https source', async () => {
    await navigate(page, 'Compare');
    const table = page.getByRole('table', { name: /^Compare backend languages/ });
    await expect(table).toBeVisible();
    const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    expect(headers.slice(1)).toEqual(LANGUAGES.map((l) => l.name));
    for (const name of ['PHP', 'Node.js', 'Python']) {
      const column = headers.indexOf(name);
      // Footnote markers in this language's column (column 0 is the row header).
      const markers = await table
        .locator('tbody tr')
        .evaluateAll(
          (rows, index) =>
            rows.flatMap((row) =>
              Array.from(row.children[index]?.querySelectorAll('a[aria-label^="Source "]') ?? []).map(
                (a) => a.getAttribute('href') ?? '',
              ),
            ),
          column,
        );
      expect(markers.length, `${name} has footnotes`).toBeGreaterThan(3);
      for (const href of markers) {
        expect(href, `a ${name} footnote`).toMatch(/^#source-\d+$/);
        const target = page.locator(href);
        await expect(target).toHaveCount(1);
        await expect(target.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
      }
    }
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await sources.count()).toBeGreaterThan(20);
    for (const href of await sources.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^https:\/\//);
    }
  });

  await test.step('Plan: export downloads a plan file with the language and both ticks', async () => {
    await navigate(page, 'Plan');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export plan', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^backend-path-plan-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(text) as { format: string; version: number; exportedAt?: string; plan: StoredPlan };
    expect(file.format).toBe('backend-path-plan');
    expect(file.version).toBe(2);
    expect(Number.isNaN(Date.parse(file.exportedAt ?? ''))).toBe(false);
    expect(file.plan.language).toBe('python');
    expect(file.plan.milestones[HTML.id]?.status).toBe('done');
    expect(file.plan.milestones[CSS.id]?.status).toBe('done');
    expect(doneIds(file.plan)).toEqual([CSS.id, HTML.id].sort());
    await expect(page.getByRole('status').filter({ hasText: 'Your plan file is in your downloads.' })).toBeVisible();
  });

  await test.step('Plan: switching to PHP and back to Python keeps the ticks', async () => {
    await languageRadio(page, 'PHP').check();
    await expect(languageRadio(page, 'PHP')).toBeChecked();
    await expect(languageRadio(page, 'Python')).not.toBeChecked();
    await languageRadio(page, 'Python').check();
    await expect(languageRadio(page, 'Python')).toBeChecked();
    await navigate(page, 'Roadmap');
    await expect(html.checkbox).toBeChecked();
    await expect(css.checkbox).toBeChecked();
  });

  await test.step('Compare: "Choose Go" makes Go the language on the Plan page', async () => {
    await navigate(page, 'Compare');
    await page.getByRole('button', { name: 'Choose Go', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Go is now your plan' })).toBeVisible();
    await navigate(page, 'Plan');
    await expect(languageRadio(page, 'Go')).toBeChecked();
    await expect(languageRadio(page, 'Python')).not.toBeChecked();
    expect((await storedPlan(page))?.plan.language).toBe('go');
    await navigate(page, 'Roadmap');
    await expect(html.checkbox).toBeChecked();
    await expect(css.checkbox).toBeChecked();
  });
});

test('every language has a full roadmap with its own track, and every link is https or same-site', async ({ page }) => {
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  const origin = new URL(page.url()).origin;

  for (const language of LANGUAGES) {
    await test.step(language.name, async () => {
      await navigate(page, 'Plan');
      await languageRadio(page, language.name).check();
      await expect(languageRadio(page, language.name)).toBeChecked();
      await navigate(page, 'Roadmap');
      await expect(roadLanguage(page)).toHaveText(language.name);

      const all = page.getByRole('article');
      const server = stageSection(page, 'Server language').getByRole('article');
      await expect(server.first()).toBeVisible();
      // The stages past the first screenful follow in background renders: wait for the last.
      await expect(stageSection(page, 'Beyond')).toBeAttached();
      const total = await all.count();
      const inServer = await server.count();
      expect(inServer, `${language.name}: milestones in its Server language track`).toBeGreaterThanOrEqual(12);
      expect(total - inServer, `${language.name}: milestones outside the Server language stage`).toBeGreaterThanOrEqual(
        60,
      );

      // Resources are drawn when a milestone's details open: open the track's.
      for (const summary of await stageSection(page, 'Server language').locator('summary').all()) await summary.click();
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(inServer * 2);
      const unsafe = hrefs.filter((href) => {
        if (href.startsWith('https://')) return false;
        // Same-site relative links: a path or a fragment, never protocol-relative.
        if ((href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#')) {
          return new URL(href, origin).origin !== origin;
        }
        return true;
      });
      expect(unsafe, `${language.name}: links that are neither https nor same-site`).toEqual([]);
    });
  }
});
