/**
 * The road at a glance (issue 10), in Chromium on the production build: the map with every
 * milestone, its panel, a phone, the list keeping its place, Home's "Now", Progress's pictures.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  HTML,
  CSS,
  JS,
  PYTHON_SETUP,
  expect,
  milestone,
  navigate,
  seedPlan,
  stageSection,
  storedPlan,
  test,
} from './helpers';

const MID_ROAD = {
  language: 'python' as const,
  milestones: { [HTML.id]: 'done' as const, [CSS.id]: 'done' as const, [PYTHON_SETUP.id]: 'learning' as const },
};

test('the Map shows every milestone of the road as a node with its status, and its panel changes it', async ({
  page,
}) => {
  await seedPlan(page, MID_ROAD);
  await page.goto('/roadmap');
  // The last stage's own region: the whole list is drawn (the prerendered frame has headings only).
  await expect(stageSection(page, 'Beyond')).toBeAttached();
  const listCount = await page.getByRole('article').count();
  await page.getByRole('navigation', { name: 'Roadmap view' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/roadmap\?view=map$/);
  const nodes = page.locator('[data-node-id]');
  await expect(nodes.first()).toBeVisible();
  // Every milestone on the list is a node on the map, named by its title and status.
  // The bands past the first screenful follow in background renders.
  await expect(nodes).toHaveCount(listCount);
  await expect(page.getByRole('button', { name: `${HTML.title}, Done`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `${PYTHON_SETUP.title}, Learning`, exact: true })).toBeVisible();

  const js = page.getByRole('button', { name: `${JS.title}, To do`, exact: true });
  await js.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: JS.title });
  await expect(panel).toBeVisible();
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Learning' });
  await expect(page.getByRole('button', { name: `${JS.title}, Learning`, exact: true })).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: `${JS.title}, Learning`, exact: true })).toBeFocused();
  expect((await storedPlan(page))?.plan.milestones[JS.id]?.status).toBe('learning');
});

test('at 360 px the map does not scroll sideways, and axe is clean with the panel open', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await seedPlan(page, MID_ROAD);
  await page.goto('/roadmap?view=map');
  await expect(page.locator('[data-node-id]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: `${JS.title}, To do`, exact: true }).click();
  const panel = page.getByRole('dialog', { name: JS.title });
  await expect(panel).toBeVisible();
  // The panel is a sheet from the bottom on a phone.
  const box = await panel.boundingBox();
  expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBeGreaterThanOrEqual(779);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('Roadmap → Progress → Back returns to the same place in the list', async ({ page }) => {
  await seedPlan(page, MID_ROAD);
  await page.goto('/roadmap');
  // The last stage's own region: the whole list is drawn (the prerendered frame has headings only).
  await expect(stageSection(page, 'Beyond')).toBeAttached();
  await page.getByRole('heading', { level: 2, name: 'Data skills' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1500);
  // A click that does not scroll the page first: Playwright's own click scrolls the header's link
  // into view, and whether that scroll (to the top) is remembered before the address changes is a
  // race, so the test would sometimes ask the page to return to the top.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Progress', exact: true })
    .dispatchEvent('click');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 40);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(40);
});

test('Home ticks a ready milestone, and Progress shows Core progress, the recent pace and the chart', async ({
  page,
}) => {
  await seedPlan(page, MID_ROAD);
  await page.goto('/');
  const now = page.getByRole('region', { name: 'Now' });
  await expect(now).toBeVisible();
  const ready = now.getByRole('checkbox', { name: JS.title, exact: true });
  await ready.check();
  await expect(ready).toBeChecked();
  expect((await storedPlan(page))?.plan.milestones[JS.id]?.status).toBe('done');
  await now.getByRole('link', { name: `Open “${JS.title}” in the roadmap` }).click();
  await expect(milestone(page, JS.title).status).toBeFocused();
  await expect(milestone(page, JS.title).checkbox).toBeChecked();

  await navigate(page, 'Progress');
  await expect(page.getByRole('progressbar', { name: 'Core progress', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your pace' })).toContainText('a week lately');
  await expect(page.getByRole('img', { name: /hours done by this week/ })).toBeVisible();
});
