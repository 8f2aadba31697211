/**
 * Page tests render the real route table in a memory router, as the app does in the browser,
 * and read back what the store saved under its localStorage key.
 */
import { act, configure, fireEvent, render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { loadTrack } from '../src/content/tracks';
import type { LanguageId } from '../src/domain/types';
import { AppRoutes } from '../src/app/routes';
import { STORAGE_KEY, useAppStore } from '../src/store/app-store';
import { healthyStorage } from '../src/store/storage-health';

export { STORAGE_KEY };

export { STAGE_TITLES } from './stage-titles';

// Pages are lazy chunks: the first visit to each one in a test file waits for its module.
configure({ asyncUtilTimeout: 5000 });

/** A fresh learner: nothing saved, the store back to its first state, no storage alerts. */
export function resetApp(): void {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.health.setState(healthyStorage, true);
}

/**
 * Renders the whole app (layout and pages) at `path`, with a user-event session to drive it.
 * The render is wrapped in an awaited act(): pages suspend on lazy chunks and on the chosen
 * language's track, and React only accepts suspending inside an act() that is awaited.
 */
export async function renderApp(path = '/') {
  // No stylesheet is loaded in jsdom, so the pointer-events check can only cost time: on a full
  // roadmap it reads computed styles up the tree for every click (about a second each).
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  let view: RenderResult | undefined;
  await act(async () => {
    view = render(
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>,
    );
  });
  if (!view) throw new Error('render did not run');
  return { user, ...view };
}

interface SavedRecord {
  status: 'todo' | 'learning' | 'done' | 'skipped';
  stamp: string;
  completedAt?: string;
  note?: string;
}

export interface SavedDocument {
  format: string;
  version: number;
  exportedAt?: string;
  plan: {
    language: string | null;
    settings: { hoursPerWeek: number; startDate: string; targetDate: string | null };
    settingsStamp: string | null;
    milestones: Record<string, SavedRecord>;
    custom: { id: string; title: string; stageId: string }[];
    removedCustom: Record<string, string>;
    resetStamp: string | null;
  };
}

/** The document the store saved in localStorage; fails the test when nothing was saved. */
export function savedDocument(): SavedDocument {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (raw === null) throw new Error(`nothing saved under ${STORAGE_KEY}`);
  return JSON.parse(raw) as SavedDocument;
}

export const savedPlan = () => savedDocument().plan;

/**
 * One milestone on the roadmap: its article (named by its title), its checkbox and its Status
 * select. Pass the stage's title to look only inside that stage's section: each role query
 * over a whole roadmap (~140 articles, ~4,000 elements) costs a few hundred milliseconds in jsdom.
 * Controls are always looked up inside the article: naming every checkbox or select on a full
 * roadmap makes jsdom resolve each label against the whole document, which takes seconds.
 */
export function getMilestone(title: string, stage?: string) {
  const scope = stage ? within(screen.getByRole('region', { name: stage })) : screen;
  return controlsOf(scope.getByRole('article', { name: title }), title);
}

export async function findMilestone(title: string, stage?: string) {
  const scope = stage ? within(await screen.findByRole('region', { name: stage })) : screen;
  return controlsOf(await scope.findByRole('article', { name: title }), title);
}

function controlsOf(article: HTMLElement, title: string) {
  return {
    article,
    checkbox: within(article).getByRole('checkbox', { name: title }),
    status: within(article).getByRole('combobox', { name: 'Status' }),
  };
}

/**
 * Runs a store action (or anything that changes state outside React events) inside an awaited
 * act(), so React finishes the work it queued before the test looks at the page.
 */
async function inAct(change: () => void | Promise<void>): Promise<void> {
  await act(async () => {
    await change();
  });
}

/**
 * Switches language as another part of the app would (through the store) and waits, inside act,
 * for the new language's track to load: the roadmap suspends on it and shows it once it is in.
 */
export async function switchLanguage(language: LanguageId): Promise<void> {
  await inAct(async () => {
    useAppStore.getState().actions.chooseLanguage(language);
    await loadTrack(language);
  });
}

/**
 * Clicks a control that changes the plan's language while a page showing the road is open.
 * That page suspends until the new language's track has loaded, which React accepts only inside
 * an awaited act(); user-event wraps each dispatch in a synchronous act() (console.error: "A
 * component suspended inside an `act` scope...") and cannot run inside another act(). So this
 * one click goes through fireEvent, inside an awaited act that also waits for the track.
 */
export async function clickSwitchingLanguage(element: HTMLElement, language: LanguageId): Promise<void> {
  await inAct(async () => {
    fireEvent.click(element);
    await loadTrack(language);
  });
}

/** The store's actions, for seeding a plan before rendering. */
export const store = () => useAppStore.getState().actions;

/** Today as the app writes it (local time, YYYY-MM-DD). */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDaysLocal(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localToday(date);
}

export interface Download {
  fileName: string;
  blob: Blob;
}

/**
 * jsdom has no object URLs and would try to navigate on an anchor click: capture each file the
 * app hands to the browser's downloads instead.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = vi.fn((blob: Blob | MediaSource) => {
    const url = `blob:backend-path/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}

/** Reads a Blob's text (jsdom's Blob may lack text()). */
export function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
