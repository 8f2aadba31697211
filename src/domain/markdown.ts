import type { Plan } from './plan-schema';
import { statusOf } from './plan';
import type { Milestone, Resource, Stage } from './types';

const BOX = { todo: '[ ]', learning: '[ ]', done: '[x]', skipped: '[ ]' } as const;
const STATUS_WORD = { todo: null, learning: 'learning', done: null, skipped: 'skipped' } as const;

/**
 * Text from the learner or the content, kept as text: only what would become markup where it
 * stands is escaped, so the checklist still reads as plain text when pasted somewhere else.
 * Brackets are escaped, so "(" and "!" can never complete a link or an image; "_" only at a word's
 * edge, where it could start emphasis; "&" only where it would start an entity.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*[\]<~]/g, '\\$&')
    .replace(/_/g, (underscore, at: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[at + 1] ?? '') ? underscore : '\\_',
    )
    .replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&');
}

/** A web address as a link destination, or null when it is not a web address. */
function linkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function resourceLines(resources: readonly Resource[]): string[] {
  return resources.flatMap((resource) => {
    const target = linkTarget(resource.url);
    return target === null ? [] : [`  - [${escapeMarkdown(resource.title)}](${target})`];
  });
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
      const details = [STATUS_WORD[status], `about ${m.hours} h`].filter((part) => part !== null).join(', ');
      lines.push(`- ${BOX[status]} ${escapeMarkdown(m.title)} (${details})`);
      const note = plan.milestones[m.id]?.note;
      if (note) lines.push(`  - Note: ${escapeMarkdown(note)}`);
      lines.push(...resourceLines(m.resources));
    }
  }
  return `${lines.join('\n')}\n`;
}
