/**
 * Shared pieces for the browser tests: a `test` that fails on console errors in any page it
 * opened, fresh browser contexts (a fresh profile each), seeding the saved plan, and the
 * common steps a learner takes (navigate, choose a language, tick a milestone).
 */
import { deflateRawSync } from 'node:zlib';
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { expect };

export const STORAGE_KEY = 'backend-path:plan';
const BACKUP_PREFIX = 'backend-path:backup:';

export type LanguageId = 'php' | 'node' | 'python' | 'go' | 'java' | 'csharp' | 'ruby';

/** Every language, as its id and as the radio shows it. */
export const LANGUAGES: readonly { id: LanguageId; name: string }[] = [
  { id: 'php', name: 'PHP' },
  { id: 'node', name: 'Node.js' },
  { id: 'python', name: 'Python' },
  { id: 'go', name: 'Go' },
  { id: 'java', name: 'Java' },
  { id: 'csharp', name: 'C#' },
  { id: 'ruby', name: 'Ruby' },
];

/** Milestones the tests tick, by stable id and by the title the learner sees. */
export const HTML = { id: 'html-basics', title: 'HTML basics' } as const;
export const CSS = { id: 'css-basics', title: 'CSS basics' } as const;
export const JS = { id: 'js-basics', title: 'JavaScript basics' } as const;
export const PYTHON_SETUP = { id: 'python-setup', title: 'Installing Python and running a first program' } as const;

type Status = 'todo' | 'learning' | 'done' | 'skipped';

export interface SeedOptions {
  language?: LanguageId | null;
  /** Milestone id -> status (and optional note). */
  milestones?: Record<string, Status | { status: Status; note?: string }>;
  hoursPerWeek?: number;
  targetDate?: string | null;
}

/** A valid version-1 plan document, shaped like the one the app saves and exports. */
export function planDocument(options: SeedOptions = {}): Record<string, unknown> {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  // A few weeks back, so progress over time and streaks have something to show.
  const earlier = new Date(now.getTime() - 10 * 24 * 3600 * 1000).toISOString();
  const milestones: Record<string, Record<string, string>> = {};
  for (const [id, value] of Object.entries(options.milestones ?? {})) {
    const { status, note } = typeof value === 'string' ? { status: value, note: undefined } : value;
    milestones[id] = {
      status,
      updatedAt: earlier,
      ...(status === 'done' ? { completedAt: earlier } : {}),
      ...(note ? { note } : {}),
    };
  }
  return {
    format: 'backend-path-plan',
    version: 1,
    plan: {
      language: options.language ?? null,
      settings: { hoursPerWeek: options.hoursPerWeek ?? 8, startDate: today, targetDate: options.targetDate ?? null },
      settingsUpdatedAt: earlier,
      milestones,
      custom: [],
      resetAt: null,
    },
  };
}

/**
 * Puts a plan into localStorage before the app's own scripts run, but only while nothing is saved
 * yet: a reload or a second tab then sees what the app saved, not the seed again.
 */
export async function seedPlan(target: Page | BrowserContext, options: SeedOptions): Promise<void> {
  await target.addInitScript(
    ({ key, value }) => {
      // Init scripts also run in about:blank, which has no localStorage.
      if (!window.location.protocol.startsWith('http')) return;
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    { key: STORAGE_KEY, value: JSON.stringify(planDocument(options)) },
  );
}

/**
 * Puts any raw text under the plan key, once per tab (a sessionStorage flag survives reloads), so
 * a reload shows what the app made of it rather than the seed again.
 */
export async function seedRawOnce(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      const flag = 'e2e:seeded';
      if (!window.location.protocol.startsWith('http')) return;
      if (window.sessionStorage.getItem(flag)) return;
      window.localStorage.setItem(key, value);
      window.sessionStorage.setItem(flag, '1');
    },
    { key: STORAGE_KEY, value: raw },
  );
}

/** What the app saved under its key, parsed (null when nothing is saved). */
export async function storedPlan(page: Page): Promise<{ format: string; version: number; plan: StoredPlan } | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

export interface StoredPlan {
  language: LanguageId | null;
  milestones: Record<string, { status: Status; note?: string }>;
  [key: string]: unknown;
}

/** Every backup key and its raw value. */
export async function backups(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(prefix)) out[key] = window.localStorage.getItem(key) ?? '';
    }
    return out;
  }, BACKUP_PREFIX);
}

/** Ids with status done in a stored or exported plan, sorted. */
export function doneIds(plan: StoredPlan | undefined | null): string[] {
  return Object.entries(plan?.milestones ?? {})
    .filter(([, record]) => record.status === 'done')
    .map(([id]) => id)
    .sort();
}

// ------------------------------------------------------------------ steps a learner takes

export type PageName = 'Roadmap' | 'Progress' | 'Compare' | 'Plan';

const H1_BY_PAGE: Record<PageName, string | RegExp> = {
  Roadmap: 'Roadmap',
  Progress: 'Progress',
  Compare: 'Compare backend languages',
  Plan: 'Your plan',
};

/** Follows a link in the Main navigation (client-side, so in-memory state such as undo stays). */
export async function navigate(page: Page, to: PageName): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: to, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: H1_BY_PAGE[to] })).toBeVisible();
}

export function languageRadio(page: Page, name: string): Locator {
  return page.getByRole('group', { name: 'Backend language' }).getByRole('radio', { name, exact: true });
}

/** The milestone article with this exact title, and its checkbox. */
export function milestone(page: Page, title: string): { article: Locator; checkbox: Locator; status: Locator } {
  const article = page.getByRole('article', { name: title, exact: true });
  return {
    article,
    checkbox: article.getByRole('checkbox', { name: title, exact: true }),
    status: article.getByRole('combobox', { name: 'Status' }),
  };
}

/** The roadmap's "Your road with <language>" line: the language it names. */
export function roadLanguage(page: Page): Locator {
  return page.locator('p', { hasText: 'Your road with' }).locator('strong');
}

export function stageSection(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

export function alertWith(page: Page, text: string | RegExp): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}

// ------------------------------------------------------------------ plans from elsewhere

export const GIT = { id: 'git-basics', title: 'Git basics' } as const;

/** Hands a file to the "Import plan" field. */
export async function importFile(page: Page, name: string, body: string): Promise<void> {
  await page.getByLabel('Import plan', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(body, 'utf8'),
  });
}

/** A share link carrying `document`, made as the app makes them: raw deflate, base64url. */
export function shareLink(baseURL: string | undefined, document: unknown): string {
  const body = deflateRawSync(Buffer.from(JSON.stringify(document), 'utf8')).toString('base64url');
  return `${baseURL}/plan#share=${body}`;
}

/** After a reload the page shows its plan, with no alert that saved data could not be read. */
export async function expectReadableAfterReload(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The heading is in the HTML before the script: wait until the app has read the plan.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(alertWith(page, /saved plan could not be read/)).toHaveCount(0);
}

// ------------------------------------------------------------------ offline

/** Waits until the service worker has precached the app and controls this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first visit is not controlled (no clients.claim()): the next load is.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

// ------------------------------------------------------------------ the test object

interface Fixtures {
  /** Console errors and uncaught page errors seen in any page of any context this test opened. */
  consoleErrors: string[];
  /** A new browser context (a fresh profile) with the same base URL; closed after the test. */
  freshContext: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
}

function watch(context: BrowserContext, errors: string[]): void {
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error on ${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`uncaught error: ${error.error().message}`));
}

/**
 * Like DESIGN/STYLE ask: a test fails when the app writes to console.error or throws, in any
 * page it opened.
 */
export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ context }, provide) => {
      const errors: string[] = [];
      watch(context, errors);
      await provide(errors);
      expect(errors, 'the app logged errors to the console').toEqual([]);
    },
    { auto: true },
  ],
  freshContext: async ({ browser, baseURL, consoleErrors }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (options) => {
      const context = await browser.newContext({ baseURL, acceptDownloads: true, ...options });
      watch(context, consoleErrors);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});
