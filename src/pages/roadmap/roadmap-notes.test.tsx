import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMilestone, getMilestone, resetApp, savedPlan, store, switchLanguage } from '../../../tests/render-app';
import { GO_SETUP, HTML, PYTHON_SETUP, SERVER, WEB, renderRoadmap } from '../../../tests/support/roadmap-steps';

beforeEach(() => {
  resetApp();
  store().chooseLanguage('python');
});

describe('Notes', () => {
  it('a note typed in the Note field is saved when the field loses focus', async () => {
    const { user } = await renderRoadmap();
    const { article } = getMilestone(HTML, WEB);
    const summary = within(article).getByText('Resources and note');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');

    const note = await within(article).findByRole('textbox', { name: 'Note' });
    await user.type(note, 'Finished the <form> chapter & the quiz');
    await user.tab();

    expect(savedPlan().milestones['html-basics']).toMatchObject({
      status: 'todo',
      note: 'Finished the <form> chapter & the quiz',
    });
    expect(within(article).getByText('Resources and note (has a note)')).toBeInTheDocument();
    expect(note).toHaveValue('Finished the <form> chapter & the quiz');

    // Ticking keeps the note.
    await user.click(getMilestone(HTML, WEB).checkbox);
    expect(savedPlan().milestones['html-basics']).toMatchObject({
      status: 'done',
      note: 'Finished the <form> chapter & the quiz',
    });
  });
});

describe('Switching language', () => {
  it('keeps ticks on common milestones and brings the previous track back when switching back', async () => {
    const { user } = await renderRoadmap();
    await user.click(getMilestone(HTML, WEB).checkbox);
    await user.click(getMilestone(PYTHON_SETUP, SERVER).checkbox);

    await switchLanguage('go');
    const go = await findMilestone(GO_SETUP, SERVER);
    expect(go.checkbox).not.toBeChecked();
    expect(screen.queryByRole('article', { name: PYTHON_SETUP })).not.toBeInTheDocument();
    expect(getMilestone(HTML, WEB).checkbox).toBeChecked();
    expect(savedPlan().language).toBe('go');
    expect(savedPlan().milestones['python-setup']?.status).toBe('done');

    await user.click(go.checkbox);
    await switchLanguage('python');
    const python = await findMilestone(PYTHON_SETUP, SERVER);
    expect(python.checkbox).toBeChecked();
    expect(screen.queryByRole('article', { name: GO_SETUP })).not.toBeInTheDocument();
    expect(getMilestone(HTML, WEB).checkbox).toBeChecked();
    expect(savedPlan().milestones).toMatchObject({
      'html-basics': { status: 'done' },
      'python-setup': { status: 'done' },
      'go-setup': { status: 'done' },
    });
  });
});

describe('Own milestones', () => {
  it('adds a milestone of the learner to the chosen stage and removes it', async () => {
    const { user } = await renderRoadmap();
    const form = screen.getByRole('region', { name: 'Add your own milestone' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Read the Twelve-Factor App');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Stage' }), 'Testing and shipping');
    await user.type(within(form).getByRole('textbox', { name: 'Link (optional)' }), 'https://12factor.net/');
    await user.click(within(form).getByRole('button', { name: 'Add milestone' }));

    const own = await findMilestone('Read the Twelve-Factor App', 'Testing and shipping');
    const stage = within(screen.getByRole('region', { name: 'Testing and shipping' }));
    expect(stage.getByRole('article', { name: 'Read the Twelve-Factor App' })).toBe(own.article);
    expect(savedPlan().custom).toEqual([
      expect.objectContaining({ title: 'Read the Twelve-Factor App', stageId: 'testing-and-shipping' }),
    ]);

    await user.click(within(own.article).getByText('Resources and note'));
    const link = await within(own.article).findByRole('link', { name: 'https://12factor.net/' });
    expect(link).toHaveAttribute('href', 'https://12factor.net/');
    await user.click(within(own.article).getByRole('button', { name: 'Remove this milestone' }));
    expect(screen.queryByRole('article', { name: 'Read the Twelve-Factor App' })).not.toBeInTheDocument();
    // Its id stays in the saved plan as a removal (for merging with other tabs), not as a milestone.
    expect(savedPlan().custom).toEqual([]);
    expect(Object.keys(savedPlan().removedCustom)).toHaveLength(1);
  });

  it('refuses a link that is not http(s) and says why', async () => {
    const { user } = await renderRoadmap();
    const form = screen.getByRole('region', { name: 'Add your own milestone' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sneaky');
    await user.type(within(form).getByRole('textbox', { name: 'Link (optional)' }), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Add milestone' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('A link must start with https:// or http://.');
    expect(screen.queryByRole('article', { name: 'Sneaky' })).not.toBeInTheDocument();
    expect(savedPlan().custom).toEqual([]);
  });
});
