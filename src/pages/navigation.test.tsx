import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, blobText, captureDownloads, renderApp, resetApp, savedPlan, store } from '../../tests/render-app';
import { useAppStore } from '../store/app-store';
import { reportSaved, reportWriteFailed } from '../store/storage-health';

beforeEach(resetApp);

const mainNav = () => within(screen.getByRole('navigation', { name: 'Main' }));

describe('Main navigation', () => {
  it('is a navigation landmark named "Main" with Roadmap, Progress, Compare and Plan', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe('Backend Path: plan your road to backend developer'));
    const links = mainNav().getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Roadmap', 'Progress', 'Compare', 'Plan']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/roadmap', '/progress', '/compare', '/plan']);
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it.each([
    ['Roadmap', 'Roadmap', 'Roadmap · Backend Path'],
    ['Progress', 'Progress', 'Progress · Backend Path'],
    ['Compare', 'Compare backend languages', 'Compare languages · Backend Path'],
    ['Plan', 'Your plan', 'Your plan · Backend Path'],
  ])('the %s link shows that page with its single h1 and its own title', async (link, heading, title) => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.click(mainNav().getByRole('link', { name: link }));

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe(title));
    expect(mainNav().getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    for (const other of ['Roadmap', 'Progress', 'Compare', 'Plan'].filter((name) => name !== link)) {
      expect(mainNav().getByRole('link', { name: other })).not.toHaveAttribute('aria-current');
    }
  });

  it('goes from page to page and back home through the brand link', async () => {
    store().chooseLanguage('go');
    const { user } = await renderApp('/plan');
    await screen.findByRole('heading', { level: 1, name: 'Your plan' });
    await user.click(mainNav().getByRole('link', { name: 'Progress' }));
    await screen.findByRole('heading', { level: 1, name: 'Progress' });
    await user.click(mainNav().getByRole('link', { name: 'Compare' }));
    await screen.findByRole('heading', { level: 1, name: 'Compare backend languages' });
    await user.click(screen.getByRole('link', { name: 'Backend Path' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your road to backend developer with Go' }),
    ).toBeInTheDocument();
  });

  it('keyboard path: Tab reaches the skip link, then the nav links, and Enter follows one', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Backend Path' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(mainNav().getByRole('link', { name: 'Progress' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress' })).toBeInTheDocument();
  });
});

describe('Deep links and unknown paths', () => {
  it.each([
    ['/roadmap', 'Roadmap'],
    ['/progress', 'Progress'],
    ['/compare', 'Compare backend languages'],
    ['/plan', 'Your plan'],
  ])('%s opens directly on its page', async (path, heading) => {
    await renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('an unknown path says "Page not found" and links home', async () => {
    const { user } = await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // The layout stays, so the learner can still navigate.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    const home = screen.getByRole('link', { name: 'Go to the home page' });
    expect(home).toHaveAttribute('href', '/');
    await user.click(home);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Become a backend web developer/ }),
    ).toBeInTheDocument();
  });
});

describe('Storage problems in the layout', () => {
  it('a failed save shows an alert that clears after the next save works', async () => {
    await renderApp('/progress');
    await screen.findByRole('heading', { level: 1, name: 'Progress' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() => reportWriteFailed(useAppStore.health, "Your browser's storage for this site is full."));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your plan could not be saved');
    expect(alert).toHaveTextContent("Your browser's storage for this site is full.");
    expect(alert).toHaveTextContent('Export plan');

    act(() => reportSaved(useAppStore.health));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when the browser refuses to save, the page says so, keeps working, and clears the alert once a save works', async () => {
    const { user } = await renderApp('/');
    const hours = await screen.findByRole('spinbutton', { name: 'Hours per week' });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await user.click(screen.getByRole('radio', { name: 'Java' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your plan could not be saved.');
    expect(alert).toHaveTextContent("Your browser's storage for this site is full.");
    // The in-memory plan is intact and the page keeps working.
    expect(screen.getByRole('radio', { name: 'Java' })).toBeChecked();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    await user.clear(hours);
    await user.type(hours, '9');
    expect(hours).toHaveValue(9);
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    setItem.mockRestore();
    await user.clear(hours);
    await user.type(hours, '10');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(savedPlan()).toMatchObject({ language: 'java', settings: { hoursPerWeek: 10 } });
  });

  it('the alert stays on screen while the learner moves between pages', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    act(() => reportWriteFailed(useAppStore.health, 'Storage is turned off.'));
    await user.click(mainNav().getByRole('link', { name: 'Plan' }));
    await screen.findByRole('heading', { level: 1, name: 'Your plan' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your plan could not be saved');
  });

  it('"Download backup" hands over the saved text exactly as it was found', async () => {
    const downloads = captureDownloads();
    localStorage.setItem('backend-path:backup:2026-11-26T10:00:00.000Z', '{"format": "backend-path-plan", broken');
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    act(() =>
      useAppStore.health.setState({
        unreadable: {
          reason: 'This is not a Backend Path plan file: it is not valid JSON.',
          backupKey: 'backend-path:backup:2026-11-26T10:00:00.000Z',
        },
      }),
    );
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Download backup' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^backend-path-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await blobText(downloads[0]!.blob)).toBe('{"format": "backend-path-plan", broken');
  });

  it('unreadable saved data shows an alert with a backup download and can be dismissed', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    act(() =>
      useAppStore.health.setState({
        unreadable: { reason: 'This is not a Backend Path plan file.', backupKey: 'backend-path:backup:x' },
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your saved plan could not be read');
    expect(alert).toHaveTextContent('This is not a Backend Path plan file.');
    expect(alert).toHaveTextContent('A copy of it is kept in this browser');
    expect(within(alert).getByRole('button', { name: 'Download backup' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
