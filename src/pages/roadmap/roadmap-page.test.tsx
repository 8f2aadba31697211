import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findMilestone,
  getMilestone,
  renderApp,
  resetApp,
  savedPlan,
  STAGE_TITLES,
  store,
} from '../../../tests/render-app';
import { commonMilestones } from '../../content/milestones-common';
import { CSS, HTML, PYTHON_SETUP, SERVER, WEB, renderRoadmap, toolbar } from '../../../tests/support/roadmap-steps';

const inWebFoundations = commonMilestones.filter((m) => m.stageId === 'web-foundations').length;

beforeEach(() => {
  resetApp();
  store().chooseLanguage('python');
});

describe('Roadmap layout', () => {
  it('shows the stages in order as h2 headings, Web foundations first, under one h1', async () => {
    await renderRoadmap();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2s.slice(0, STAGE_TITLES.length)).toEqual(STAGE_TITLES);
    for (const title of STAGE_TITLES) {
      expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
    }
    // The Python track sits in the "Server language" stage.
    const serverStage = screen.getByRole('region', { name: 'Server language' });
    expect(within(serverStage).getByRole('article', { name: PYTHON_SETUP })).toBeInTheDocument();
    expect(screen.getByText('Python', { selector: 'strong' })).toBeInTheDocument();
  });

  it('gives each milestone an article named by its title, a checkbox of the same name and its own Status select', async () => {
    const { user } = await renderRoadmap();
    const { article, checkbox, status } = getMilestone(HTML, WEB);
    expect(checkbox).not.toBeChecked();
    expect(status).toHaveValue('todo');
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['To do', 'Learning', 'Done', 'Skipped']);
    expect(within(article).getByText('Ready to start')).toBeInTheDocument();
    // Resources and the note sit behind "Resources and note"; every resource link is https.
    await user.click(within(article).getByText('Resources and note'));
    const links = await within(article).findAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    }
    expect(within(article).getByRole('textbox', { name: 'Note' })).toHaveValue('');
    // A milestone that needs HTML says what it waits for.
    expect(within(getMilestone(CSS, WEB).article).getByText(`After ${HTML}`)).toBeInTheDocument();
  });

  it('without a language, shows the common road and asks for a language in the Server language stage', async () => {
    resetApp();
    await renderApp('/roadmap');
    await findMilestone(HTML, WEB);
    const serverStage = screen.getByRole('region', { name: 'Server language' });
    expect(within(serverStage).getByText('Choose a server language to see its track here.')).toBeInTheDocument();
    expect(within(serverStage).queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a server language' })).toHaveAttribute('href', '/');
  });
});

describe('Marking milestones', () => {
  it('ticking a checkbox with the mouse marks the milestone done and saves it', async () => {
    const { user } = await renderRoadmap();
    const { checkbox, status } = getMilestone(HTML, WEB);
    await user.click(checkbox);

    expect(checkbox).toBeChecked();
    expect(status).toHaveValue('done');
    expect(savedPlan().milestones['html-basics']).toMatchObject({ status: 'done', completedAt: expect.any(String) });
    const stage = screen.getByRole('region', { name: 'Web foundations' });
    expect(within(stage).getByText(`1 of ${inWebFoundations} done`)).toBeInTheDocument();
    // CSS needed only HTML: it is ready now.
    expect(within(getMilestone(CSS, WEB).article).getByText('Ready to start')).toBeInTheDocument();

    await user.click(checkbox);
    expect(checkbox).not.toBeChecked();
    expect(savedPlan().milestones['html-basics']?.status).toBe('todo');
  });

  it('keyboard path: Tab goes from the toolbar to the stage, then to each milestone’s Status, two stops a milestone', async () => {
    const { user } = await renderRoadmap();
    const html = getMilestone(HTML, WEB);
    const css = getMilestone(CSS, WEB);

    // From the stage's fold button: its skip link, then the first milestone's Status.
    screen.getByRole('button', { name: WEB }).focus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to Internet and tools' })).toHaveFocus();
    await user.tab();
    expect(html.status).toHaveFocus();
    // The checkbox is for the mouse (and a screen reader's browse mode): not a Tab stop of its own.
    expect(html.checkbox).toHaveAttribute('tabindex', '-1');

    await user.keyboard('d');
    expect(html.checkbox).toBeChecked();
    expect(savedPlan().milestones['html-basics']?.status).toBe('done');

    // Two stops a milestone: its Status, then its details; then the next milestone's Status.
    await user.tab();
    expect(within(html.article).getByText('Resources and note')).toHaveFocus();
    await user.tab();
    expect(css.status).toHaveFocus();
    // jsdom cannot open a native select from the keyboard; pick the option on the focused select.
    await user.selectOptions(css.status, 'Learning');
    expect(css.status).toHaveFocus();
    expect(savedPlan().milestones['css-basics']?.status).toBe('learning');
    // Each Tab in jsdom walks a roadmap of ~4,000 elements: slower than a browser, not slow.
  }, 15_000);

  it('keyboard path: with a Status focused, D, L, S and T set the status', async () => {
    const { user } = await renderRoadmap();
    const stage = screen.getByRole('region', { name: 'Web foundations' });
    const { article, checkbox, status } = getMilestone(HTML, WEB);
    expect(status).toHaveAttribute('aria-keyshortcuts', 'D L S T');
    status.focus();

    await user.keyboard('l');
    expect(status).toHaveValue('learning');
    expect(within(article).getByText('Learning now')).toBeInTheDocument();
    expect(savedPlan().milestones['html-basics']?.status).toBe('learning');

    await user.keyboard('s');
    expect(status).toHaveValue('skipped');
    expect(within(stage).getByText(`0 of ${inWebFoundations - 1} done`)).toBeInTheDocument();
    expect(savedPlan().milestones['html-basics']?.status).toBe('skipped');

    await user.keyboard('D');
    expect(checkbox).toBeChecked();
    expect(status).toHaveValue('done');
    expect(savedPlan().milestones['html-basics']?.status).toBe('done');

    // Browser shortcuts such as Ctrl+D are left alone.
    await user.keyboard('{Control>}t{/Control}');
    expect(status).toHaveValue('done');

    await user.keyboard('t');
    expect(checkbox).not.toBeChecked();
    expect(status).toHaveValue('todo');
    expect(savedPlan().milestones['html-basics']?.status).toBe('todo');
    expect(status).toHaveFocus();
  });

  it('the Status select sets any status; Learning shows "Learning now"', async () => {
    const { user } = await renderRoadmap();
    const { article, checkbox, status } = getMilestone(CSS, WEB);
    await user.selectOptions(status, 'Learning');
    expect(within(article).getByText('Learning now')).toBeInTheDocument();
    expect(checkbox).not.toBeChecked();
    expect(savedPlan().milestones['css-basics']?.status).toBe('learning');

    await user.selectOptions(status, 'Done');
    expect(checkbox).toBeChecked();
    expect(savedPlan().milestones['css-basics']?.status).toBe('done');
  });

  it('a Skipped milestone is not counted: the stage total drops by one', async () => {
    const { user } = await renderRoadmap();
    const stage = screen.getByRole('region', { name: 'Web foundations' });
    expect(within(stage).getByText(`0 of ${inWebFoundations} done`)).toBeInTheDocument();

    const { article, checkbox, status } = getMilestone(HTML, WEB);
    await user.selectOptions(status, 'Skipped');
    expect(status).toHaveValue('skipped');
    expect(checkbox).not.toBeChecked();
    expect(within(article).getByText('Skipped: not counted')).toBeInTheDocument();
    expect(within(stage).getByText(`0 of ${inWebFoundations - 1} done`)).toBeInTheDocument();
    expect(savedPlan().milestones['html-basics']?.status).toBe('skipped');

    // A skipped prerequisite does not hold anyone back.
    expect(within(getMilestone(CSS, WEB).article).getByText('Ready to start')).toBeInTheDocument();
    await user.click(getMilestone(CSS, WEB).checkbox);
    expect(within(stage).getByText(`1 of ${inWebFoundations - 1} done`)).toBeInTheDocument();
  });
});

describe('Finding milestones', () => {
  it('the search field filters milestones by title and summary', async () => {
    const { user } = await renderRoadmap();
    await user.type(toolbar().getByRole('searchbox', { name: 'Search milestones' }), 'DNS');

    await waitFor(() => expect(screen.queryByRole('article', { name: HTML })).not.toBeInTheDocument());
    expect(screen.getByRole('article', { name: 'Domain names and DNS' })).toBeInTheDocument();
    const shown = screen.getAllByRole('article');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(10);
    for (const article of shown) {
      const title = article.querySelector('.milestone__title')?.textContent ?? '';
      const summary = article.querySelector('.milestone__summary')?.textContent ?? '';
      expect(`${title} ${summary}`).toMatch(/dns/i);
    }
    // Stages with nothing matching are left out.
    expect(screen.queryByRole('region', { name: 'Web foundations' })).not.toBeInTheDocument();
    expect(screen.getByText(`${shown.length} milestone${shown.length === 1 ? '' : 's'} shown`)).toBeInTheDocument();

    await user.clear(toolbar().getByRole('searchbox', { name: 'Search milestones' }));
    expect(await screen.findByRole('article', { name: HTML })).toBeInTheDocument();
  });

  it('Show "Ready to start" lists only milestones whose prerequisites are done', async () => {
    const { user } = await renderRoadmap();
    await user.selectOptions(toolbar().getByRole('combobox', { name: 'Show' }), 'Ready to start');

    await waitFor(() => expect(screen.queryByRole('article', { name: CSS })).not.toBeInTheDocument());
    const shown = screen.getAllByRole('article');
    expect(shown.length).toBeGreaterThan(0);
    for (const article of shown) {
      expect(within(article).getByText('Ready to start')).toBeInTheDocument();
    }
    expect(screen.getByRole('article', { name: HTML })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'JavaScript basics' })).not.toBeInTheDocument();

    // Ticking HTML moves it out of "ready" and brings in what waited for it.
    await user.click(getMilestone(HTML, WEB).checkbox);
    expect(await screen.findByRole('article', { name: CSS })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'JavaScript basics' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: HTML })).not.toBeInTheDocument();
  });

  it('Show "Done" lists only the milestones marked done', async () => {
    const { user } = await renderRoadmap();
    await user.click(getMilestone(HTML, WEB).checkbox);
    await user.click(getMilestone(PYTHON_SETUP, SERVER).checkbox);
    await user.selectOptions(toolbar().getByRole('combobox', { name: 'Show' }), 'Done');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(screen.getByRole('article', { name: HTML })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: PYTHON_SETUP })).toBeInTheDocument();
  });
});
