import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  blobText,
  captureDownloads,
  clickSwitchingLanguage,
  resetApp,
  savedPlan,
} from '../../../tests/render-app';
import { useAppStore } from '../../store/app-store';
import { importInput, jsonFile, planFile, renderPlan, seedPython } from '../../../tests/support/plan-page-steps';

beforeEach(resetApp);

describe('Import', () => {
  it('a broken file shows an alert in plain words and leaves the plan unchanged', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const planBefore = useAppStore.getState().plan;
    const { user } = await renderPlan();
    await user.upload(
      importInput(),
      jsonFile('{"format": "backend-path-plan", "version": 1, "plan": {', 'broken.json'),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(alert).toHaveTextContent('This is not a Backend Path plan file: it is not valid JSON.');
    expect(screen.queryByRole('heading', { name: 'Import preview' })).not.toBeInTheDocument();
    expect(useAppStore.getState().plan).toBe(planBefore);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('a JSON file that is not a plan says so', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const { user } = await renderPlan();
    await user.upload(importInput(), jsonFile(JSON.stringify({ name: 'my-app', version: '1.0.0' }), 'package.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This is not a Backend Path plan file');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('a plan file with a bad status offers the readable records, names the bad one, and changes nothing yet', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const { user } = await renderPlan();
    const document = JSON.parse(await blobText(planFile()));
    document.plan.milestones['css-basics'].status = 'finished';
    await user.upload(importInput(), jsonFile(JSON.stringify(document)));

    const heading = await screen.findByRole('heading', { name: 'Import preview' });
    const preview = within(heading.closest('section')!);
    expect(preview.getByText('Import the 4 readable records, skip 1:')).toBeInTheDocument();
    expect(preview.getByText("'css-basics' has status 'finished'")).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('a valid file shows a preview with counts before anything changes', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const { user } = await renderPlan();
    await user.upload(importInput(), planFile());

    const heading = await screen.findByRole('heading', { name: 'Import preview' });
    expect(heading).toHaveFocus();
    const preview = within(heading.closest('section')!);
    expect(preview.getByText('From “backend-path-plan-2026-01-05.json”:')).toBeInTheDocument();
    expect(preview.getByText('Language: Go (now Python)')).toBeInTheDocument();
    expect(preview.getByText('Learning: 1, Done: 3, Skipped: 1')).toBeInTheDocument();
    expect(preview.getByText('1 note')).toBeInTheDocument();
    expect(preview.getByText('0 own milestones')).toBeInTheDocument();
    // html-basics is done on both sides; the four others differ.
    expect(preview.getByText('4 milestones different from your plan now')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('"Replace" makes the plan the file\'s, and "Undo import" brings the old plan back', async () => {
    seedPython();
    const { user } = await renderPlan();
    await user.upload(importInput(), planFile());
    await screen.findByRole('heading', { name: 'Import preview' });
    // Replacing switches to Go: the page suspends until the Go track has loaded.
    await clickSwitchingLanguage(screen.getByRole('button', { name: 'Replace' }), 'go');

    expect(screen.queryByRole('heading', { name: 'Import preview' })).not.toBeInTheDocument();
    expect(screen.getByText('Your plan was replaced by the import.')).toBeInTheDocument();
    const replaced = savedPlan();
    expect(replaced.language).toBe('go');
    expect(replaced.settings.hoursPerWeek).toBe(5);
    expect(Object.keys(replaced.milestones).sort()).toEqual(
      ['css-basics', 'dns-and-domains', 'go-setup', 'html-basics', 'js-basics'].sort(),
    );
    expect(replaced.milestones['terminal-basics']).toBeUndefined();
    expect(replaced.milestones['js-basics']?.note).toBe('Chapter 4 of Eloquent JavaScript');
    expect(screen.getByRole('radio', { name: 'Go' })).toBeChecked();

    await clickSwitchingLanguage(screen.getByRole('button', { name: 'Undo import' }), 'python');
    const restored = savedPlan();
    expect(restored.language).toBe('python');
    expect(restored.milestones).toMatchObject({
      'html-basics': { status: 'done' },
      'terminal-basics': { status: 'done' },
      'python-setup': { status: 'learning' },
    });
    // What the import brought is undone: back to "to do", as a change other tabs take in too.
    expect(restored.milestones['css-basics']?.status).toBe('todo');
    expect(screen.getByRole('radio', { name: 'Python' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
  });

  it('the chance to undo an import ends with the next change to the plan', async () => {
    seedPython();
    const { user } = await renderPlan();
    await user.upload(importInput(), planFile());
    await screen.findByRole('heading', { name: 'Import preview' });
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(screen.getByRole('button', { name: 'Undo import' })).toBeInTheDocument();

    const hours = screen.getByRole('spinbutton', { name: 'Hours per week' });
    await user.clear(hours);
    await user.type(hours, '6');
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
    expect(savedPlan().milestones['css-basics']?.status).toBe('done');
  });

  it('"Merge" keeps both sides', async () => {
    seedPython();
    const { user } = await renderPlan();
    await user.upload(importInput(), planFile());
    await screen.findByRole('heading', { name: 'Import preview' });
    await user.click(screen.getByRole('button', { name: 'Merge' }));

    expect(screen.getByText('The import was merged into your plan.')).toBeInTheDocument();
    const merged = savedPlan();
    expect(merged.milestones).toMatchObject({
      'html-basics': { status: 'done' },
      'terminal-basics': { status: 'done' },
      'python-setup': { status: 'learning' },
      'css-basics': { status: 'done' },
      'js-basics': { status: 'learning', note: 'Chapter 4 of Eloquent JavaScript' },
      'dns-and-domains': { status: 'skipped' },
      'go-setup': { status: 'done' },
    });
    // Our language choice is more recent than the file's.
    expect(merged.language).toBe('python');
    expect(screen.getByRole('button', { name: 'Undo import' })).toBeInTheDocument();
  });

  it('"Cancel" changes nothing', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const planBefore = useAppStore.getState().plan;
    const { user } = await renderPlan();
    await user.upload(importInput(), planFile());
    const preview = (await screen.findByRole('heading', { name: 'Import preview' })).closest('section')!;
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('heading', { name: 'Import preview' })).not.toBeInTheDocument();
    expect(screen.getByText('Import cancelled: nothing changed.')).toBeInTheDocument();
    expect(useAppStore.getState().plan).toBe(planBefore);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });

  it('the same file can be chosen again after cancelling', async () => {
    seedPython();
    const { user } = await renderPlan();
    const file = planFile();
    await user.upload(importInput(), file);
    const preview = (await screen.findByRole('heading', { name: 'Import preview' })).closest('section')!;
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Import preview' })).not.toBeInTheDocument();

    await user.upload(importInput(), file);
    expect(await screen.findByRole('heading', { name: 'Import preview' })).toBeInTheDocument();
  });

  it('a file over 1 MB is refused before it is read', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const { user } = await renderPlan();
    await user.upload(importInput(), jsonFile(' '.repeat(1024 * 1024 + 1), 'huge.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“huge.json” is larger than 1 MB, too large to be a Backend Path plan file.');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('a file from a newer version of the app says to open it there', async () => {
    seedPython();
    const { user } = await renderPlan();
    const document = JSON.parse(await blobText(planFile()));
    document.version = 3;
    await user.upload(importInput(), jsonFile(JSON.stringify(document)));
    expect(await screen.findByRole('alert')).toHaveTextContent(/newer version of Backend Path/);
    expect(screen.queryByRole('heading', { name: 'Import preview' })).not.toBeInTheDocument();
  });

  it('an exported file imports back into a fresh plan', async () => {
    const downloads = captureDownloads();
    seedPython();
    const { user, unmount } = await renderPlan();
    await user.click(screen.getByRole('button', { name: 'Export plan' }));
    const exported = await blobText(downloads[0]!.blob);
    unmount();

    resetApp();
    const fresh = await renderPlan();
    await fresh.user.upload(importInput(), jsonFile(exported, downloads[0]!.fileName));
    await screen.findByRole('heading', { name: 'Import preview' });
    await clickSwitchingLanguage(screen.getByRole('button', { name: 'Replace' }), 'python');
    expect(savedPlan().language).toBe('python');
    expect(savedPlan().milestones).toMatchObject({
      'html-basics': { status: 'done' },
      'terminal-basics': { status: 'done' },
      'python-setup': { status: 'learning' },
    });
  });
});
