import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  blobText,
  captureDownloads,
  clickSwitchingLanguage,
  localToday,
  renderApp,
  resetApp,
  savedDocument,
  savedPlan,
  store,
  type Download,
} from '../../../tests/render-app';
import { useAppStore } from '../../store/app-store';

let downloads: Download[];

beforeEach(() => {
  resetApp();
  downloads = captureDownloads();
});

async function renderPlan() {
  const view = await renderApp('/plan');
  await screen.findByRole('heading', { level: 1, name: 'Your plan' });
  return view;
}

/** A learner who chose Python and has ticked a few milestones. */
function seedPython() {
  store().chooseLanguage('python');
  store().markMilestone('html-basics', 'done');
  store().markMilestone('terminal-basics', 'done');
  store().markMilestone('python-setup', 'learning');
}

const importInput = () => screen.getByLabelText('Import plan');

const jsonFile = (text: string, name = 'plan.json') => new File([text], name, { type: 'application/json' });

const LONG_AGO = '2026-01-05T10:00:00.000Z';

/** A plan file as another browser would have exported it. */
function planFile(): File {
  return jsonFile(
    JSON.stringify(
      {
        format: 'backend-path-plan',
        version: 1,
        exportedAt: LONG_AGO,
        plan: {
          language: 'go',
          settings: { hoursPerWeek: 5, startDate: '2026-01-05', targetDate: null },
          settingsUpdatedAt: LONG_AGO,
          milestones: {
            'html-basics': { status: 'done', updatedAt: LONG_AGO, completedAt: LONG_AGO },
            'css-basics': { status: 'done', updatedAt: LONG_AGO, completedAt: LONG_AGO },
            'js-basics': { status: 'learning', updatedAt: LONG_AGO, note: 'Chapter 4 of Eloquent JavaScript' },
            'dns-and-domains': { status: 'skipped', updatedAt: LONG_AGO },
            'go-setup': { status: 'done', updatedAt: LONG_AGO, completedAt: LONG_AGO },
          },
          custom: [],
          resetAt: null,
        },
      },
      null,
      2,
    ),
    'backend-path-plan-2026-01-05.json',
  );
}

describe('Plan page', () => {
  it('has one h1, the language choice and the pace settings', async () => {
    seedPython();
    await renderPlan();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const group = screen.getByRole('group', { name: 'Backend language' });
    expect(within(group).getByRole('radio', { name: 'Python' })).toBeChecked();

    // The page shows the road: it suspends until the Ruby track has loaded.
    await clickSwitchingLanguage(within(group).getByRole('radio', { name: 'Ruby' }), 'ruby');
    expect(within(group).getByRole('radio', { name: 'Ruby' })).toBeChecked();
    expect(savedPlan().language).toBe('ruby');
    expect(screen.getByText('Ruby is now your language. Your progress on every milestone is kept.')).toBeInTheDocument();
    // Switching keeps what was ticked.
    expect(savedPlan().milestones['html-basics']?.status).toBe('done');
    expect(savedPlan().milestones['python-setup']?.status).toBe('learning');
  });

  it('saves hours per week and a target date, and clears the target date', async () => {
    const { user } = await renderPlan();
    const hours = screen.getByRole('spinbutton', { name: 'Hours per week' });
    await user.clear(hours);
    await user.type(hours, '15');
    expect(savedPlan().settings.hoursPerWeek).toBe(15);

    const target = screen.getByLabelText('Target date (optional)');
    await user.type(target, '2031-06-30');
    expect(target).toHaveValue('2031-06-30');
    expect(savedPlan().settings.targetDate).toBe('2031-06-30');
    await user.clear(target);
    expect(savedPlan().settings.targetDate).toBeNull();
  });
});

describe('Export', () => {
  it('"Export plan" downloads backend-path-plan-YYYY-MM-DD.json with the format marker and the ticks', async () => {
    seedPython();
    store().writeNote('html-basics', 'Done with <forms> & tables');
    const { user } = await renderPlan();
    await user.click(screen.getByRole('button', { name: 'Export plan' }));

    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file!.fileName).toMatch(/^backend-path-plan-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file!.fileName).toBe(`backend-path-plan-${localToday()}.json`);
    expect(file!.blob.type).toMatch(/^application\/json/);

    const text = await blobText(file!.blob);
    expect(text).toContain('\n  "format"'); // pretty-printed
    const document = JSON.parse(text);
    expect(document).toMatchObject({
      format: 'backend-path-plan',
      version: 2,
      plan: {
        language: 'python',
        milestones: {
          'html-basics': { status: 'done', note: 'Done with <forms> & tables' },
          'terminal-basics': { status: 'done' },
          'python-setup': { status: 'learning' },
        },
      },
    });
    expect(Number.isNaN(Date.parse(document.exportedAt))).toBe(false);
    expect(screen.getByText('Your plan file is in your downloads.')).toBeInTheDocument();
    // The file the learner gets is the plan the app saved.
    expect(document.plan).toEqual(savedPlan());
  });

  it('"Download as Markdown" downloads a .md checklist', async () => {
    seedPython();
    store().markMilestone('dns-and-domains', 'skipped');
    store().writeNote('html-basics', 'Use <main> *once*');
    const { user } = await renderPlan();
    await user.click(screen.getByRole('button', { name: 'Download as Markdown' }));

    // The roadmap content loads on this click, so the file arrives a moment later.
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file!.fileName).toBe(`backend-path-checklist-${localToday()}.md`);
    expect(file!.blob.type).toMatch(/^text\/markdown/);
    const markdown = await blobText(file!.blob);
    expect(markdown).toMatch(/^# My road to backend developer with Python\n/);
    expect(markdown).toContain('\n## Web foundations\n');
    expect(markdown).toContain('\n## Server language\n');
    expect(markdown).toMatch(/\n- \[x\] HTML basics \(about \d+ h\)\n/);
    expect(markdown).toMatch(/\n- \[ \] CSS basics \(about \d+ h\)\n/);
    expect(markdown).toMatch(/\n- \[ \] Installing Python and running a first program \(learning, about \d+ h\)\n/);
    expect(markdown).toMatch(/\n- \[ \] Domain names and DNS \(skipped, about \d+ h\)\n/);
    expect(markdown).toContain('  - Note: Use \\<main> \\*once\\*');
    // Each milestone carries its resource links.
    expect(markdown).toMatch(/\n- \[ \] CSS basics \(about \d+ h\)\n {2}- \[[^\]\n]+\]\(https:\/\/[^)\s]+\)\n/);
    expect(markdown.indexOf('## Web foundations')).toBeLessThan(markdown.indexOf('## Internet and tools'));
    expect(screen.getByText('Your checklist is in your downloads.')).toBeInTheDocument();
  });
});

describe('Import', () => {
  it('a broken file shows an alert in plain words and leaves the plan unchanged', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const planBefore = useAppStore.getState().plan;
    const { user } = await renderPlan();
    await user.upload(importInput(), jsonFile('{"format": "backend-path-plan", "version": 1, "plan": {', 'broken.json'));

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

describe('Reset', () => {
  it('"Reset plan" asks first; "Cancel" keeps everything', async () => {
    seedPython();
    const before = localStorage.getItem(STORAGE_KEY);
    const { user } = await renderPlan();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset plan' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset your plan?' });
    expect(dialog).toHaveTextContent('This clears your Python choice, every status and note');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(savedPlan().milestones['html-basics']?.status).toBe('done');
  });

  it('"Yes, reset my plan" clears the ticks and "Undo reset" restores them', async () => {
    seedPython();
    const { user } = await renderPlan();
    await user.click(screen.getByRole('button', { name: 'Reset plan' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, reset my plan' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Your plan was reset.')).toBeInTheDocument();
    expect(savedPlan().milestones).toEqual({});
    expect(savedPlan().language).toBeNull();
    expect(savedDocument().plan.resetStamp).toEqual(expect.any(String));
    expect(screen.getByRole('radio', { name: 'Python' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Undo reset' }));
    expect(savedPlan().language).toBe('python');
    expect(savedPlan().milestones).toMatchObject({
      'html-basics': { status: 'done' },
      'terminal-basics': { status: 'done' },
      'python-setup': { status: 'learning' },
    });
    expect(screen.getByRole('radio', { name: 'Python' })).toBeChecked();
  });

  it('keyboard path: Enter opens the confirmation, Tab reaches its buttons, Enter confirms', async () => {
    seedPython();
    const { user } = await renderPlan();
    // Tab from the import field, the control just before the reset section.
    importInput().focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reset plan' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Reset your plan?' });
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Export first' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Yes, reset my plan' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(savedPlan().milestones).toEqual({});
  });

  it('"Export first" in the confirmation downloads the plan before anything is cleared', async () => {
    seedPython();
    const { user } = await renderPlan();
    await user.click(screen.getByRole('button', { name: 'Reset plan' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Export first' }));
    expect(downloads).toHaveLength(1);
    const document = JSON.parse(await blobText(downloads[0]!.blob));
    expect(document.plan.milestones['html-basics'].status).toBe('done');
    expect(savedPlan().milestones['html-basics']?.status).toBe('done');
  });
});
