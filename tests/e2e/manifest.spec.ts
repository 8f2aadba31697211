/**
 * Issue 11: installable. The page links a web app manifest with the fields an install needs,
 * its icons are PNGs of the sizes it says, and Chromium finds nothing that stops an install.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest says what the app is, with its icons and colours', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url());
  const answer = await request.get(manifestUrl.href);
  expect(answer.ok()).toBe(true);
  const manifest = await answer.json();
  expect(manifest).toMatchObject({
    name: 'Backend Path',
    short_name: 'Backend Path',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    categories: ['education'],
    theme_color: '#f7f7f4',
    background_color: '#f7f7f4',
  });
  expect(manifest.description).toMatch(/backend web developer/);

  const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
  for (const wanted of ['192x192', '512x512']) {
    expect(
      icons.some((icon) => icon.sizes === wanted && icon.type === 'image/png' && icon.purpose !== 'maskable'),
    ).toBe(true);
  }
  expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of icons) {
    const image = await request.get(new URL(icon.src, manifestUrl).href);
    expect(image.ok(), icon.src).toBe(true);
    const { width, height } = pngSize(await image.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }

  // The bar colour follows the colour scheme.
  const themeColors = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) => metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]));
  expect(themeColors).toEqual([
    ['(prefers-color-scheme: light)', '#f7f7f4'],
    ['(prefers-color-scheme: dark)', '#121614'],
  ]);
});

test('Chromium finds nothing that stops an install', async ({ baseURL, launchOptions }) => {
  // Browser contexts are incognito, where nothing installs: this one is a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'backend-path-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
