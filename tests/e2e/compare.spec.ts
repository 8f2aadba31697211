/**
 * The comparison table in a real browser: every language column in view on a wide screen, the
 * fact column and caption in view on a phone, and footnotes that lead to their source.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGUAGES, expect, test } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** For each language column, whether its header sticks out past the table's scrolling box. */
async function columnFit(page: Page) {
  const table = page.getByRole('table', { name: /^Compare backend languages/ });
  return table.evaluate((t) => {
    const box = t.parentElement as HTMLElement;
    const right = box.getBoundingClientRect().right;
    const clipped = Array.from(t.querySelectorAll('thead th'))
      .filter((th) => th.getBoundingClientRect().right > right + 0.5)
      .map((th) => th.textContent?.trim());
    return { tableWidth: t.scrollWidth, boxWidth: box.clientWidth, clipped };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`compare at 1440 px (${scheme}): every language column is fully visible`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/compare');
    const fit = await columnFit(page);
    expect(fit.clipped, `columns cut off (${fit.tableWidth} px of table in a ${fit.boxWidth} px box)`).toEqual([]);
    expect(fit.tableWidth).toBeLessThanOrEqual(fit.boxWidth);
  });

  test(`compare (${scheme}): axe finds no WCAG 2.2 AA violations at 1440 px and 375 px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/compare');
      await expect(page.getByRole('table', { name: /^Compare backend languages/ })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found, `at ${width} px`).toEqual([]);
    }
  });
}

test('compare on a 375 px phone: the fact column and the caption stay in view while the languages scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare');
  const table = page.getByRole('table', { name: /^Compare backend languages/ });
  await table.scrollIntoViewIfNeeded();
  const before = await table.evaluate((t) => ({
    fact: t.querySelector('tbody th')?.getBoundingClientRect().left ?? -1,
    caption: t.querySelector('caption')?.getBoundingClientRect().left ?? -1,
  }));
  await table.evaluate((t) => {
    (t.parentElement as HTMLElement).scrollLeft = 900;
  });
  const after = await table.evaluate((t) => {
    const box = (t.parentElement as HTMLElement).getBoundingClientRect();
    const ruby = Array.from(t.querySelectorAll('thead th')).at(-1)?.getBoundingClientRect();
    return {
      fact: t.querySelector('tbody th')?.getBoundingClientRect().left ?? -1,
      caption: t.querySelector('caption')?.getBoundingClientRect().left ?? -1,
      captionRight: t.querySelector('caption')?.getBoundingClientRect().right ?? 0,
      boxRight: box.right,
      rubyVisible: ruby ? ruby.left < box.right : false,
    };
  });
  expect(after.fact).toBeCloseTo(before.fact, 0);
  expect(after.caption).toBeCloseTo(before.caption, 0);
  expect(after.captionRight).toBeLessThanOrEqual(after.boxRight + 1);
  expect(after.rubyVisible).toBe(true);
  // The page itself never scrolls sideways: only the table's own box does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('compare: a footnote leads to its numbered source, and Choose moves "Your language"', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/compare');
  const table = page.getByRole('table', { name: /^Compare backend languages/ });
  const marker = table
    .getByRole('rowheader', { name: /^TIOBE index rating/ })
    .getByRole('link', { name: /^Source \d+$/ })
    .first();
  const href = await marker.getAttribute('href');
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href ?? '#none')).toBeInViewport();
  await expect(
    page
      .locator(href ?? '#none')
      .getByRole('link')
      .first(),
  ).toHaveAttribute('href', /^https:\/\/github\.com\/toUpperCase78\//);

  const ranking = page.getByRole('list', { name: 'Languages ranked by what matters to you' });
  await ranking.getByRole('button', { name: 'Choose Ruby' }).click();
  await expect(ranking.getByRole('listitem').filter({ hasText: 'Ruby' })).toContainText('Your language');
  await expect(ranking.getByRole('button', { name: /^Choose / })).toHaveCount(LANGUAGES.length - 1);
});
