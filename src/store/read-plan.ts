import { readPlanDocument, type ReadPlan, type ReadSource } from '../domain/plan-file';
import type { Result } from '../domain/result';
import { useAppStore } from './app-store';

/**
 * Reads a plan document (a file, a share link, a backup) as this browser reads one now. For
 * pages that open documents: it brings the reader, which the first page does without.
 */
export const readPlan = (text: string, source: ReadSource): Result<ReadPlan> =>
  readPlanDocument(text, useAppStore.readOptions(source));
