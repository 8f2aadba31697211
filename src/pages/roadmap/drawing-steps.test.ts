import { describe, expect, it } from 'vitest';
import { cardsDrawn, CARDS_PER_STEP, firstSteps, stepsPerStage, type StageToDraw } from './drawing-steps';

const road: StageToDraw[] = [
  { id: 'web-foundations', cards: 8, folded: true },
  { id: 'internet-and-tools', cards: 14, folded: false },
  { id: 'data-skills', cards: 5, folded: false },
  { id: 'server-language', cards: 0, folded: false },
];

describe('drawing a long road a few cards at a time', () => {
  it('takes one step per few cards of an open stage, one for a folded or empty one', () => {
    expect(CARDS_PER_STEP).toBe(6);
    expect(stepsPerStage(road)).toEqual([1, 3, 1, 1]);
  });

  it('draws at once the folded stages before the first open one, and its first cards', () => {
    expect(firstSteps(road)).toBe(2);
    expect(cardsDrawn(road, firstSteps(road))).toEqual(
      new Map([
        ['web-foundations', 8],
        ['internet-and-tools', 6],
      ]),
    );
  });

  it('then a few more cards each step, until every stage is whole', () => {
    expect(cardsDrawn(road, 3).get('internet-and-tools')).toBe(12);
    expect(cardsDrawn(road, 4).get('internet-and-tools')).toBe(14);
    expect(cardsDrawn(road, 4).has('data-skills')).toBe(false);
    expect(cardsDrawn(road, 6)).toEqual(
      new Map([
        ['web-foundations', 8],
        ['internet-and-tools', 14],
        ['data-skills', 5],
        ['server-language', 0],
      ]),
    );
  });

  it('draws everything at once when every stage is folded', () => {
    const done = road.map((s) => ({ ...s, folded: true }));
    expect(firstSteps(done)).toBe(4);
    expect(cardsDrawn(done, firstSteps(done)).size).toBe(4);
  });
});
