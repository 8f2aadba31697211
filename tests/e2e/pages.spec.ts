/**
 * Every page: deep links and reloads, an axe scan in light and dark, no sideways scroll on a
 * 360 px phone, and full-page screenshots to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import {
  CSS,
  HTML,
  JS,
  PYTHON_SETUP,
  expect,
  planDocument,
  seedPlan,
  stageSection,
  test,
  type SeedOptions,
} from './helpers';

/** A plan in the middle of the road, so every part of every page has something to show. */
const MID_ROAD: SeedOptions = {
  language: 'python',
  hoursPerWeek: 6,
  targetDate: '2027-06-30',
  milestones: {
    [HTML.id]: 'done',
    [CSS.id]: 'done',
    [JS.id]: { status: 'learning', note: 'Chapter 5 of Eloquent JavaScript <b>next</b>' },
    [PYTHON_SETUP.id]: 'done',
    'the-dom-and-fetch': 'skipped',
  },
};

const SHARED = deflateRawSync(Buffer.from(JSON.stringify(planDocument(MID_ROAD)))).toString('base64url');

const ROUTES = [
  { name: 'home', path: '/', h1: /^Your road to backend developer with Python$/ },
  { name: 'roadmap', path: '/roadmap', h1: /^Roadmap$/ },
  { name: 'roadmap-map', path: '/roadmap?view=map', h1: /^Roadmap$/ },
  { name: 'progress', path: '/progress', h1: /^Progress$/ },
  { name: 'compare', path: '/compare', h1: /^Compare backend languages$/ },
  { name: 'shared', path: `/plan#share=${SHARED}`, h1: /^Shared plan: Python, 3 of \d+ done$/ },
  { name: 'plan', path: '/plan', h1: /^Your plan$/ },
  { name: 'not-found', path: '/no-such-page', h1: /^Page not found$/ },
] as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Axe violations, one per line, with what to fix and where. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .map(
          (n) =>
            `      at ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        )
        .join('\n'),
  );
}

/** The outermost elements that stick out past the right edge, to say what makes the page scroll sideways. */
async function sideways(page: Page, width: number): Promise<string> {
  return page.evaluate((limit) => {
    const seen = new Map<string, number>();
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const right = el.getBoundingClientRect().right;
      const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (right <= limit + 1 || parentRight > limit + 1) continue;
      const parent = el.parentElement;
      const where = `${parent?.tagName.toLowerCase()}.${parent?.className} > ${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`;
      seen.set(where, Math.max(seen.get(where) ?? 0, Math.round(right)));
    }
    return Array.from(seen, ([where, right]) => `${where} (right edge at ${right} px)`)
      .slice(0, 8)
      .join('; ');
  }, width);
}

/** Progress bar labels squeezed into a column so narrow they break into many short lines. */
async function squeezedLabels(page: Page): Promise<string[]> {
  return page.locator('[role="progressbar"]').evaluateAll((bars) =>
    bars.flatMap((bar) => {
      const label = document.getElementById(bar.getAttribute('aria-labelledby') ?? '');
      if (!label) return [];
      const style = getComputedStyle(label);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6;
      const lines = Math.round(label.getBoundingClientRect().height / lineHeight);
      return lines > 3
        ? [`"${label.textContent}" takes ${lines} lines (${Math.round(label.getBoundingClientRect().width)} px wide)`]
        : [];
    }),
  );
}

async function open(page: Page, route: (typeof ROUTES)[number]): Promise<void> {
  await page.goto(route.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  // The app has taken over the prerendered frame, and the map's chunk has come.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByText('Drawing the map…')).toHaveCount(0);
  // Long roads draw a screenful first and the rest in background renders: check the whole road.
  if (route.name === 'roadmap') await expect(stageSection(page, 'Beyond').getByRole('article').first()).toBeAttached();
  if (route.name === 'roadmap-map')
    await expect(
      page
        .getByRole('region', { name: /^Beyond/ })
        .getByRole('button')
        .first(),
    ).toBeAttached();
}

test('every route loads as a deep link and on reload, with one h1', async ({ page }) => {
  await seedPlan(page, MID_ROAD);
  for (const route of ROUTES) {
    await test.step(route.path, async () => {
      const response = await page.goto(route.path);
      expect(response?.status(), `${route.path} is served`).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page).toHaveTitle(/Backend Path/);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
    });
  }
  await test.step('the Not found page says so and links home', async () => {
    await page.goto('/no-such-page');
    await expect(page.getByText('There is no page at this address.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0].h1);
  });
  await test.step('the JSON Schema linked from the Plan page is published', async () => {
    await page.goto('/plan');
    const href = await page.getByRole('link', { name: 'JSON Schema' }).getAttribute('href');
    expect(href).toMatch(/^\/[^/]/);
    const response = await page.request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/json/);
    const schema = (await response.json()) as Record<string, unknown>;
    expect(JSON.stringify(schema)).toContain('backend-path-plan');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: axe finds no WCAG 2.2 AA violations, no sideways scroll at 360 px, screenshots`, async ({
    page,
    freshContext,
  }) => {
    // Every route at two widths, each scanned and photographed: a long walk on a shared 2-core machine.
    test.setTimeout(240_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });
    await seedPlan(page, MID_ROAD);

    const report: string[] = [];
    const scan = async (what: string) => {
      const violations = await axeViolations(page);
      if (violations.length) report.push(`${what} [${scheme}]\n    ${violations.join('\n    ')}`);
    };

    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 800 : 900 });
      for (const route of ROUTES) {
        await test.step(`${route.name} at ${width} px`, async () => {
          await open(page, route);
          if (width === 1280) await scan(route.path);
          if (width === 360) {
            const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            const culprits = scrollWidth > 360 ? await sideways(page, 360) : '';
            expect
              .soft(scrollWidth, `${route.path} scrolls sideways at 360 px (${scheme}): ${culprits}`)
              .toBeLessThanOrEqual(360);
            const squeezed = await squeezedLabels(page);
            expect.soft(squeezed, `${route.path}: progress labels readable at 360 px (${scheme})`).toEqual([]);
          }
          await page.screenshot({
            path: path.join(SCREENSHOT_DIR, `${route.name}-${scheme}-${width}.png`),
            fullPage: true,
          });
        });
      }
    }

    await page.setViewportSize({ width: 1280, height: 900 });
    await test.step('states that only show after an action', async () => {
      // Home on a first visit (a fresh profile, nothing saved): the language picker.
      const first = await (
        await freshContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } })
      ).newPage();
      await first.goto('/');
      await expect(first.getByRole('group', { name: 'Backend language' })).toBeVisible();
      const firstViolations = await axeViolations(first);
      if (firstViolations.length) report.push(`/ (first visit) [${scheme}]\n    ${firstViolations.join('\n    ')}`);
      await first.screenshot({
        path: path.join(SCREENSHOT_DIR, `home-first-visit-${scheme}-1280.png`),
        fullPage: true,
      });

      // Roadmap with a milestone's resources and note open.
      await page.goto('/roadmap');
      await page.getByRole('article', { name: JS.title, exact: true }).getByText('Resources and note').click();
      await expect(page.getByRole('article', { name: JS.title, exact: true }).getByLabel('Note')).toBeVisible();
      await scan('/roadmap (details open)');

      // Plan with the reset dialog open.
      await page.goto('/plan');
      await page.getByRole('button', { name: 'Reset plan' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan('/plan (reset dialog)');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    });

    expect(report, `axe violations:\n${report.join('\n')}`).toEqual([]);
  });
}
