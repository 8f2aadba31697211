import type { Milestone } from '../domain/types';
import { webFoundationsMilestones } from './milestones/web-foundations';
import { internetAndToolsMilestones } from './milestones/internet-and-tools';
import { dataSkillsMilestones } from './milestones/data-skills';
import { apisAndSecurityMilestones } from './milestones/apis-and-security';
import { testingAndShippingMilestones } from './milestones/testing-and-shipping';
import { beyondMilestones } from './milestones/beyond';

/**
 * Milestones common to every server language, ordered by stage and, within a stage,
 * prerequisites before the milestones that need them. Ids are stable forever: progress is
 * keyed by them. Each stage has its own file in ./milestones; the per-language tracks (stage
 * 'server-language') live in ./tracks.
 */
export const commonMilestones: readonly Milestone[] = [
  ...webFoundationsMilestones,
  ...internetAndToolsMilestones,
  ...dataSkillsMilestones,
  ...apisAndSecurityMilestones,
  ...testingAndShippingMilestones,
  ...beyondMilestones,
];
