// Finds a Chromium for the browser tests: CHROME_PATH, Debian's /usr/bin/chromium, or
// Playwright's own if one is installed. As root with apt-get, installs Debian's chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export async function findChromium({ install = true } = {}) {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    const { chromium } = await import('@playwright/test');
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is optional.
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (install && isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get (about a minute)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium), ' +
      'or set CHROME_PATH to a Chrome or Chromium binary, then run npm test again.',
  );
}
