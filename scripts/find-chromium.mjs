// Finds a Chromium for the browser tests: CHROME_PATH, Debian's /usr/bin/chromium, or
// Playwright's own if one is installed. It never installs one: CI's .ci/run does that.
import { existsSync } from 'node:fs';

export async function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    const { chromium } = await import('@playwright/test');
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is optional.
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian or Ubuntu: sudo apt-get install chromium), ' +
      'or set CHROME_PATH to a Chrome or Chromium binary, then run npm test again.',
  );
}

/** Launch flags for Debian's Chromium as root on a closed network (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
