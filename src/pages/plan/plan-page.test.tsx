import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  blobText,
  captureDownloads,
  clickSwitchingLanguage,
  localToday,
  resetApp,
  savedDocument,
  savedPlan,
  store,
  type Download,
} from '../../../tests/render-app';
import { importInput, renderPlan, seedPython } from '../../../tests/support/plan-page-steps';

let downloads: Download[];

beforeEach(() => {
  resetApp();
  downloads = captureDownloads();
});

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
    expect(
      screen.getByText('Ruby is now your language. Your progress on every milestone is kept.'),
    ).toBeInTheDocument();
    // Switching keeps what was ticked.
    expect(savedPlan().milestones['html-basics']?.status).toBe('done');
    expect(savedPlan().milestones['python-setup']?.status).toBe('learning');
  });

  it('refuses a target date in the past where it is typed, and keeps the one saved', async () => {
    store().updatePace({ targetDate: '2031-06-30' });
    const { user } = await renderPlan();
    const target = screen.getByLabelText('Target date (optional)');
    await user.clear(target);
    await user.type(target, '2020-01-01');
    expect(screen.getByRole('alert')).toHaveTextContent(/has passed: choose a day from today on\./);
    expect(savedPlan().settings.targetDate).not.toBe('2020-01-01');
    expect(target).toHaveAttribute('aria-invalid', 'true');
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
