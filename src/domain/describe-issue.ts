import type * as v from 'valibot';

/**
 * Schema problems, told in sentences a learner can act on: short, never the whole of a long or
 * deeply nested input.
 */
const MAX_MESSAGE_LENGTH = 300;

export function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** A short, safe description of any value. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') return `'${clip(input, 40)}'`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  status: 'status',
  stamp: 'date of change',
  completedAt: 'date of completion',
  note: 'note',
  title: 'title',
  hours: 'number of hours',
  stageId: 'stage',
  resources: 'list of links',
  id: 'id',
};

/** What is wrong with one entry (a milestone's record, an own milestone), without its name. */
export function describeEntryIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'could not be read';
  const path = issue.path ?? [];
  const field = path[0] ? String(path[0].key) : undefined;
  const value = describeValue(issue.input);
  if (!field) return `is ${value}, not a record`;
  if (field === 'status' && issue.input !== undefined) return `has status ${value}`;
  const name = FIELD_NAMES[field] ?? `field '${clip(field, 30)}'`;
  if (issue.input === undefined) return `has no ${name}`;
  return `has a ${name} that is not valid (${value})`;
}

/** Turns the first schema problem of a whole document into a sentence, at most 300 characters. */
export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return clip('This plan file could not be read.', MAX_MESSAGE_LENGTH);
  const keys = (issue.path ?? []).map((item) => clip(String(item.key), 30));
  const where = keys.length ? keys.join('.') : 'the file';
  if (issue.input === undefined) return clip(`This plan file is missing ${where}.`, MAX_MESSAGE_LENGTH);
  const expected = issue.expected ? `, where ${clip(issue.expected, 80)} was expected` : '';
  return clip(`This plan file has ${describeValue(issue.input)} at ${where}${expected}.`, MAX_MESSAGE_LENGTH);
}
