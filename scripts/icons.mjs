// Renders the app's icons (public/icons/*.png) from the logo in public/favicon.svg, in headless
// Chromium: 192 and 512 px for "any", and a 512 px maskable icon whose logo sits inside the safe
// zone (the centre circle of 80% diameter) on a full-bleed background. Run after changing the logo:
// node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const logo = readFileSync('public/favicon.svg', 'utf8');
const inner = logo.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
// The maskable icon: the logo's green as the whole square, the mark scaled into the safe zone.
const mark = inner.replace(/<rect[^>]*\/>/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f6f4f"/><g transform="translate(4 4) scale(0.75)">${mark}</g></svg>`;

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg: logo },
  { file: 'public/icons/icon-512.png', size: 512, svg: logo },
  { file: 'public/icons/icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'public/icons/apple-touch-icon.png', size: 180, svg: maskable },
];

const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--headless', '--no-sandbox'] });
for (const { file, size, svg } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  await page.locator('svg').screenshot({ path: file, omitBackground: true });
  await page.close();
  console.log(`${file} ${size}x${size}`);
}
await browser.close();
