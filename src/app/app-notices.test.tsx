import { act, screen, within } from '@testing-library/react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetApp, savedPlan, store } from '../../tests/render-app';
import { HTML, WEB, renderRoadmap } from '../../tests/support/roadmap-steps';
import { registerServiceWorker } from './service-worker';

// The service worker's registration, as vite-plugin-pwa hands it to the page: the test plays
// the browser, saying a new version is waiting and taking it when asked.
const worker = vi.hoisted(() => ({
  options: {} as RegisterSWOptions,
  takeOver: (() => Promise.resolve()) as () => Promise<void>,
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    worker.options = options;
    return () => worker.takeOver();
  },
}));

const newVersionWaiting = () => act(() => worker.options.onNeedRefresh?.());
/** The banner, a polite status (role "status") saying a new version is ready. */
async function banner(): Promise<HTMLElement> {
  const text = await screen.findByText('A new version of Backend Path is ready.');
  const status = text.closest<HTMLElement>('[role="status"]');
  if (!status) throw new Error('The new version is not announced as a status.');
  return status;
}
const bannerNow = () => screen.queryByText('A new version of Backend Path is ready.');

beforeEach(async () => {
  resetApp();
  worker.takeOver = vi.fn(() => Promise.resolve());
  await registerServiceWorker();
});

describe('A new version', () => {
  it('is announced politely with a Reload button, and taken only when the learner presses it', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(bannerNow()).toBeNull();

    await newVersionWaiting();
    const status = await banner();
    expect(status).toHaveTextContent('A new version of Backend Path is ready. Reload to use it; your plan is kept.');
    expect(worker.takeOver).not.toHaveBeenCalled();

    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(worker.takeOver).toHaveBeenCalledTimes(1);
  });

  it('can wait: Later puts the banner away', async () => {
    const { user } = await renderApp('/');
    await newVersionWaiting();
    const status = await banner();
    await user.click(within(status).getByRole('button', { name: 'Later' }));
    expect(bannerNow()).toBeNull();
    expect(worker.takeOver).not.toHaveBeenCalled();
  });

  it('waits while the learner writes a note, and Reload saves the note before the new version takes over', async () => {
    store().chooseLanguage('python');
    const { user } = await renderRoadmap();
    const article = screen.getByRole('region', { name: WEB }).querySelector('article') as HTMLElement;
    expect(article).toHaveAccessibleName(HTML);
    await user.click(within(article).getByText('Resources and note'));
    const note = await within(article).findByRole('textbox', { name: 'Note' });
    await user.click(note);

    await newVersionWaiting();
    const status = await banner();
    expect(status).toHaveTextContent('Reload when you finish your note');
    await user.type(note, 'Forms next');
    expect(worker.takeOver).not.toHaveBeenCalled();

    let noteWhenTaken: string | undefined;
    worker.takeOver = vi.fn(() => {
      noteWhenTaken = savedPlan().milestones['html-basics']?.note;
      return Promise.resolve();
    });
    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(worker.takeOver).toHaveBeenCalledTimes(1);
    expect(noteWhenTaken).toBe('Forms next');
  });

  it('taken by another tab, it is announced here too, and this tab does not reload on its own', async () => {
    await renderApp('/');
    await act(() => worker.options.onNeedReload?.());
    expect(await banner()).toHaveTextContent('A new version of Backend Path is ready.');
    expect(worker.takeOver).not.toHaveBeenCalled();
  });
});

describe('Offline', () => {
  let online = true;
  beforeEach(() => {
    online = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  });
  afterEach(() => vi.restoreAllMocks());
  const goOffline = (offline: boolean) =>
    act(() => {
      online = !offline;
      window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
    });

  it('says everything still works, and resource links say they need a connection', async () => {
    store().chooseLanguage('python');
    const { user } = await renderRoadmap();
    const article = screen.getByRole('region', { name: WEB }).querySelector('article') as HTMLElement;
    await user.click(within(article).getByText('Resources and note'));
    const resource = within(article).getAllByRole('link')[0]!;
    expect(resource).not.toHaveAccessibleName(/needs a connection/);
    expect(screen.queryByText(/Offline: everything still works/)).toBeNull();

    await goOffline(true);
    expect(screen.getByText('Offline: everything still works.').closest('[role="status"]')).toHaveTextContent(
      'Offline: everything still works. Your changes are saved on this device',
    );
    expect(resource).toHaveAccessibleName(/\(needs a connection\)$/);

    await goOffline(false);
    expect(screen.queryByText(/Offline: everything still works/)).toBeNull();
    expect(resource).not.toHaveAccessibleName(/needs a connection/);
  });
});
