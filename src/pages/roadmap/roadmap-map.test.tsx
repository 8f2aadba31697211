import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetApp, savedPlan, store } from '../../../tests/render-app';
import { commonMilestones } from '../../content/milestones-common';

beforeEach(() => {
  resetApp();
  store().chooseLanguage('python');
  store().markMilestone('html-basics', 'done');
});

async function renderMap() {
  const view = await renderApp('/roadmap?view=map');
  await screen.findByRole('button', { name: 'HTML basics, Done' });
  return view;
}

const node = (name: string) => screen.getByRole('button', { name });

describe('the Map view', () => {
  it('is one of two views, List and Map, and deep-links at ?view=map', async () => {
    await renderMap();
    const views = within(screen.getByRole('navigation', { name: 'Roadmap view' }));
    expect(views.getByRole('link', { name: 'Map' })).toHaveAttribute('aria-current', 'page');
    expect(views.getByRole('link', { name: 'List' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('Roadmap map · Backend Path');
  });

  it('draws every milestone of the road as a button named by its title and status, one list per stage', async () => {
    await renderMap();
    const web = screen.getByRole('region', { name: /^Web foundations/ });
    const webCount = commonMilestones.filter((m) => m.stageId === 'web-foundations').length;
    expect(within(web).getAllByRole('button')).toHaveLength(webCount);
    expect(within(web).getByRole('button', { name: 'CSS basics, To do' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Installing Python and running a first program, To do' }),
    ).toBeInTheDocument();
    // Web foundations still has work left: the learner is here.
    expect(within(web).getByText('You are here')).toBeInTheDocument();
  });

  it('says which milestones are ready to start and which tier each is', async () => {
    await renderMap();
    expect(node('CSS basics, To do')).toHaveAccessibleDescription(/^Ready · Core · \d+ h$/);
    expect(node('The DOM and fetch, To do')).toHaveAccessibleDescription(/^Core · \d+ h$/);
  });

  it('is one Tab stop: arrow keys move between milestones, Home and End to the ends', async () => {
    const { user } = await renderMap();
    const tabbable = screen.getAllByRole('button').filter((b) => b.dataset.nodeId && b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    // The stop is where the learner is: the first milestone ready to start.
    expect(tabbable[0]).toHaveAccessibleName('CSS basics, To do');

    tabbable[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(node('JavaScript basics, To do')).toHaveFocus();
    expect(node('JavaScript basics, To do')).toHaveAttribute('tabindex', '0');
    expect(node('CSS basics, To do')).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(node('HTML basics, Done')).toHaveFocus();
    // Down layer by layer, then into the next stage.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('region', { name: /^Internet and tools/ })).toContainElement(
      document.activeElement as HTMLElement,
    );
    await user.keyboard('{Home}');
    expect(node('HTML basics, Done')).toHaveFocus();
  });

  it('opens a milestone in a panel whose Status changes the node at once', async () => {
    const { user } = await renderMap();
    await user.click(node('CSS basics, To do'));
    const panel = screen.getByRole('dialog', { name: 'CSS basics' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'CSS basics' })).toBeInTheDocument();
    expect(within(panel).getByText(/^CSS controls how HTML looks/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'MDN: CSS' })).toHaveAttribute(
      'href',
      'https://developer.mozilla.org/en-US/docs/Web/CSS',
    );
    expect(within(panel).getByText('HTML basics')).toBeInTheDocument();

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Status' }), 'Learning');
    expect(node('CSS basics, Learning')).toBeInTheDocument();
    expect(savedPlan().milestones['css-basics']?.status).toBe('learning');

    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'grid first');
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(node('CSS basics, Learning')).toHaveFocus();
    expect(savedPlan().milestones['css-basics']?.note).toBe('grid first');
  });

  it('has a legend that says what colours, glyphs and borders mean', async () => {
    await renderMap();
    const legend = screen.getByText('How to read the map').closest('details') as HTMLElement;
    for (const word of ['To do', 'Learning', 'Done', 'Skipped', 'Core', 'Recommended', 'Optional']) {
      expect(within(legend).getByText(word)).toBeInTheDocument();
    }
  });
});

describe('a long map draws what is on screen first', () => {
  beforeEach(() => {
    // A browser that says when it is idle, and is never idle during the test.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws the bands near the learner first; End still reaches the last milestone of the road', async () => {
    const { user } = await renderMap();
    expect(screen.queryByRole('region', { name: /^Beyond/ })).not.toBeInTheDocument();
    node('CSS basics, To do').focus();
    await user.keyboard('{End}');
    const beyond = await screen.findByRole('region', { name: /^Beyond/ });
    await waitFor(() => expect(beyond).toContainElement(document.activeElement as HTMLElement));
  });
});
