// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../domain/plan';
import { idleImport, importFlow, type ImportFlow, type PendingImport } from './import-flow';

const pending: PendingImport = { plan: emptyPlan('2026-11-26'), setAside: [], datesAdjusted: 0, from: '“plan.json”' };

describe('the import flow', () => {
  it('opens a preview and moves focus to it', () => {
    expect(importFlow(idleImport, { type: 'opened', plan: pending })).toEqual({
      pending,
      error: '',
      message: '',
      focus: 'preview',
    });
  });

  it('forgets the message about an earlier file or link when a new one opens', () => {
    const refused = importFlow(idleImport, { type: 'refused', error: 'This share link is damaged.' });
    expect(refused.error).toBe('This share link is damaged.');
    const opened = importFlow(refused, { type: 'opened', plan: pending });
    expect(opened.error).toBe('');
    const done = importFlow(opened, { type: 'imported', mode: 'merge' });
    expect(importFlow(done, { type: 'opened', plan: pending }).message).toBe('');
  });

  it('drops a pending preview when the next file is refused', () => {
    const opened = importFlow(idleImport, { type: 'opened', plan: pending });
    expect(importFlow(opened, { type: 'refused', error: 'Not JSON.' }).pending).toBeNull();
  });

  it.each([
    ['merge', 'The import was merged into your plan.'],
    ['replace', 'Your plan was replaced by the import.'],
  ] as const)('after %s says what happened and focuses the undo', (mode, message) => {
    const opened = importFlow(idleImport, { type: 'opened', plan: pending });
    expect(importFlow(opened, { type: 'imported', mode })).toEqual({
      pending: null,
      error: '',
      message,
      focus: 'undo',
    });
  });

  it('keeps the preview open when an import is refused, with the reason', () => {
    const opened = importFlow(idleImport, { type: 'opened', plan: pending });
    const failed = importFlow(opened, { type: 'failed', error: 'Too large.' });
    expect(failed.pending).toBe(pending);
    expect(failed.error).toBe('Too large.');
  });

  it('cancelling changes nothing and returns focus to the field', () => {
    const opened = importFlow(idleImport, { type: 'opened', plan: pending });
    expect(importFlow(opened, { type: 'cancelled' })).toEqual({
      pending: null,
      error: '',
      message: 'Import cancelled: nothing changed.',
      focus: 'field',
    });
  });

  it('says an undo happened and focuses that message; focus is asked for once', () => {
    const undone: ImportFlow = importFlow(idleImport, { type: 'undone' });
    expect(undone).toMatchObject({ message: 'Import undone: your plan is back as it was.', focus: 'message' });
    const focused = importFlow(undone, { type: 'focused' });
    expect(focused.focus).toBeNull();
    expect(importFlow(focused, { type: 'focused' })).toBe(focused);
  });
});
