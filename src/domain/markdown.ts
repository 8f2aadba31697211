import type { Plan } from './plan-schema';
import { statusOf } from './plan';
import type { Milestone, Stage } from './types';

const BOX = { todo: '[ ]', learning: '[ ]', done: '[x]', skipped: '[ ]' } as const;
const SUFFIX = { todo: '', learning: ' (learning)', done: '', skipped: ' (skipped)' } as const;

/** Text from the learner is kept as text: characters Markdown would read as markup are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|&~]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}

/** A checklist a learner can paste anywhere Markdown is read. */
export function planToMarkdown(
  stages: readonly Stage[],
  road: readonly Milestone[],
  plan: Plan,
  languageName: string | null,
  today: string,
): string {
  const lines = [
    `# My road to backend developer${languageName ? ` with ${languageName}` : ''}`,
    '',
    `Exported from Backend Path on ${today}. Pace: ${plan.settings.hoursPerWeek} hours a week.`,
  ];
  for (const stage of stages) {
    const inStage = road.filter((m) => m.stageId === stage.id);
    if (inStage.length === 0) continue;
    lines.push('', `## ${stage.title}`, '');
    for (const m of inStage) {
      const status = statusOf(plan, m.id);
      lines.push(`- ${BOX[status]} ${escapeMarkdown(m.title)}${SUFFIX[status]} (about ${m.hours} h)`);
      const note = plan.milestones[m.id]?.note;
      if (note) lines.push(`  - Note: ${escapeMarkdown(note)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
