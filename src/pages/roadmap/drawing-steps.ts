import type { StageId } from '../../domain/types';

/**
 * A few cards per background render: a whole stage (up to 26 cards) took one task of about
 * 100 ms with the CPU slowed 4x, as Lighthouse's phone does, and held the page still that long;
 * six take about a quarter of it.
 */
export const CARDS_PER_STEP = 6;

export interface StageToDraw {
  readonly id: StageId;
  /** Its milestones on the road (all of them, whatever the filter shows). */
  readonly cards: number;
  /** A folded stage's cards are hidden: it draws in one step. */
  readonly folded: boolean;
}

/** How many steps each stage takes to draw, in order. */
export function stepsPerStage(stages: readonly StageToDraw[]): number[] {
  return stages.map((s) => (s.folded ? 1 : Math.max(1, Math.ceil(s.cards / CARDS_PER_STEP))));
}

/**
 * Steps drawn at once: the stages before the first open one, and that stage's first cards,
 * which fill the screen under the page's heading and toolbar. Nothing drawn later moves them.
 */
export function firstSteps(stages: readonly StageToDraw[]): number {
  const steps = stepsPerStage(stages);
  const open = stages.findIndex((s) => !s.folded);
  if (open < 0) return steps.length;
  return steps.slice(0, open).reduce((sum, n) => sum + n, 0) + 1;
}

/**
 * After `drawn` steps, how many cards of each stage are drawn: stages not reached are missing
 * from the map (not drawn at all); a folded stage reached is drawn whole.
 */
export function cardsDrawn(stages: readonly StageToDraw[], drawn: number): ReadonlyMap<StageId, number> {
  const steps = stepsPerStage(stages);
  const result = new Map<StageId, number>();
  let left = drawn;
  stages.forEach((stage, i) => {
    if (left <= 0) return;
    const taken = Math.min(left, steps[i] ?? 1);
    result.set(stage.id, stage.folded || taken === steps[i] ? stage.cards : taken * CARDS_PER_STEP);
    left -= taken;
  });
  return result;
}
