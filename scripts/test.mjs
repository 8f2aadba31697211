// npm test: typecheck, lint, formatting, unit and page tests, then browser tests in Chromium.
// Ends with one line "N passed, N failed" summing every runner, and fails if any test failed
// or none ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

mkdirSync('reports', { recursive: true });
rmSync('reports/vitest.json', { force: true });
rmSync('reports/playwright.json', { force: true });

let ok = true;
ok = run('Typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) && ok;
ok = run('Lint', 'npx', ['eslint', '.']) && ok;
ok = run('Formatting (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']) && ok;
ok =
  run('Unit and page tests (vitest)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ]) && ok;

let chromePath = null;
try {
  chromePath = await findChromium();
} catch (error) {
  console.error(`\n${error.message}`);
  ok = false;
}
if (chromePath) {
  ok = run('Build', 'npx', ['vite', 'build', '--logLevel', 'warn']) && ok;
  ok =
    run('Browser tests (Playwright, Chromium)', 'npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'], {
      CHROME_PATH: chromePath,
    }) && ok;
}

const vitest = readJson('reports/vitest.json');
const playwright = readJson('reports/playwright.json');
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
writeFileSync('reports/summary.json', JSON.stringify({ passed, failed, skipped, ok }, null, 2));
if (passed === 0) ok = false;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
