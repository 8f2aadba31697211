/**
 * Issue 7's attacks across two tabs: an undo that erased the other tab's work, and a clock that
 * runs an hour fast. Each test walks the attack's steps and failed before the fix.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CSS, GIT, HTML, JS, doneIds, expect, milestone, seedPlan, storedPlan, test } from './helpers';

// ------------------------------------------------------------------------------ 3. undo

test('3. undo in one tab keeps what another tab did after the undone action', async ({ context, page }) => {
  await seedPlan(context, { language: 'python', milestones: { [HTML.id]: 'done', [CSS.id]: 'done' } });
  const tabA = page;
  const tabB = await context.newPage();
  await tabA.goto('/plan');
  await tabB.goto('/roadmap');

  await tabA.getByRole('button', { name: 'Reset plan' }).click();
  await tabA.getByRole('dialog').getByRole('button', { name: 'Yes, reset my plan' }).click();
  await expect(milestone(tabB, HTML.title).checkbox).not.toBeChecked();

  await milestone(tabB, JS.title).checkbox.check();
  await milestone(tabB, GIT.title).status.selectOption({ label: 'Learning' });
  const git = milestone(tabB, GIT.title).article;
  await git.getByText('Resources and note').click();
  await git.getByLabel('Note').fill('branches next');
  await git.getByLabel('Note').blur();
  await expect.poll(async () => (await storedPlan(tabA))?.plan.milestones[GIT.id]?.note).toBe('branches next');

  await tabA.getByRole('button', { name: 'Undo reset' }).click();
  await expect(tabA.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);

  const plan = (await storedPlan(tabA))?.plan;
  expect(doneIds(plan)).toEqual([CSS.id, HTML.id, JS.id].sort());
  expect(plan?.milestones[GIT.id]).toMatchObject({ status: 'learning', note: 'branches next' });
  expect(plan?.language).toBe('python');
  for (const tab of [tabA, tabB]) {
    await tab.goto('/roadmap');
    await expect(milestone(tab, JS.title).checkbox).toBeChecked();
    await expect(milestone(tab, HTML.title).checkbox).toBeChecked();
    await expect(milestone(tab, GIT.title).status).toHaveValue('learning');
  }
});

// ------------------------------------------------------------------------------ 7. wrong clock

/** Makes this tab's clock run `offsetMs` ahead of the real one. */
async function clockAhead(page: Page, offsetMs: number): Promise<void> {
  await page.addInitScript((offset) => {
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string]));
      }
      static override now() {
        return RealDate.now() + offset;
      }
    }
    window.Date = ShiftedDate as DateConstructor;
  }, offsetMs);
}

async function twoTabs(context: BrowserContext, page: Page) {
  await seedPlan(context, { language: 'python' });
  const fast = page;
  await clockAhead(fast, 3600_000);
  const honest = await context.newPage();
  await fast.goto('/roadmap');
  await honest.goto('/roadmap');
  return { fast, honest };
}

test.describe('7. a clock that runs an hour fast', () => {
  test('a later change in another tab is not reverted by the fast tab', async ({ context, page }) => {
    const { fast, honest } = await twoTabs(context, page);
    await milestone(fast, HTML.title).checkbox.check();
    await expect(milestone(honest, HTML.title).checkbox).toBeChecked();
    await milestone(honest, HTML.title).status.selectOption({ label: 'Learning' });
    await expect(milestone(fast, HTML.title).status).toHaveValue('learning');
    await milestone(fast, CSS.title).checkbox.check();
    await expect(milestone(honest, CSS.title).checkbox).toBeChecked();
    for (const tab of [fast, honest]) await expect(milestone(tab, HTML.title).status).toHaveValue('learning');
    expect((await storedPlan(honest))?.plan.milestones[HTML.id]?.status).toBe('learning');
  });

  test('ticks made after a reset in the fast tab survive its next edit', async ({ context, page }) => {
    const { fast, honest } = await twoTabs(context, page);
    await fast.goto('/plan');
    await fast.getByRole('button', { name: 'Reset plan' }).click();
    await fast.getByRole('dialog').getByRole('button', { name: 'Yes, reset my plan' }).click();
    await expect(fast.getByRole('status').filter({ hasText: 'Your plan was reset.' })).toBeVisible();
    for (const item of [HTML, CSS, JS]) await milestone(honest, item.title).checkbox.check();
    await expect.poll(async () => doneIds((await storedPlan(fast))?.plan)).toEqual([CSS.id, HTML.id, JS.id].sort());
    await fast.getByLabel('Hours per week').fill('12');
    await fast.getByLabel('Hours per week').blur();
    await expect.poll(async () => (await storedPlan(honest))?.plan.settings).toMatchObject({ hoursPerWeek: 12 });
    expect(doneIds((await storedPlan(honest))?.plan)).toEqual([CSS.id, HTML.id, JS.id].sort());
    for (const item of [HTML, CSS, JS]) await expect(milestone(honest, item.title).checkbox).toBeChecked();
  });
});
