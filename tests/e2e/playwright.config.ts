import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.E2E_PORT ?? 4791);
const root = fileURLToPath(new URL('../..', import.meta.url));
/** A second build, served under a sub-path as on GitHub Pages (tests/e2e/sub-path.spec.ts). */
export const SUB_PATH = '/backend-path/';
const subPathPort = Number(process.env.E2E_SUB_PATH_PORT ?? 4795);
export const SUB_PATH_URL = `http://127.0.0.1:${subPathPort}${SUB_PATH}`;
const vite = './node_modules/.bin/vite';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    // A service worker would serve later tests from its cache: only the offline specs opt in.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: [
    {
      // Always our own server on our own port: another program may answer on Vite's default.
      command: `${vite} preview --host 127.0.0.1 --port ${port} --strictPort`,
      cwd: root,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command:
        `${vite} build --outDir dist-sub-path --emptyOutDir --logLevel warn && ` +
        `${vite} preview --outDir dist-sub-path --host 127.0.0.1 --port ${subPathPort} --strictPort`,
      env: { BASE_PATH: SUB_PATH },
      cwd: root,
      url: SUB_PATH_URL,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
