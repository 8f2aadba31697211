import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { readPlanDocument } from '../../src/domain/plan-file';
import { serializePlanDocument } from '../../src/domain/plan-document';
import { PlanDocumentSchema } from '../../src/domain/plan-schema';
import { PLAN_VERSION } from '../../src/domain/plan-limits';
import { emptyPlan, markMilestone } from '../../src/domain/plan';
import { expectPublishedSchema, readPublishedSchema } from '../support/published-schema';

describe('public/plan.schema.json', () => {
  it('matches the schema the app validates with (run `npm run schema` after changing it)', () => {
    const schema = toJsonSchema(PlanDocumentSchema, {
      target: 'draft-2020-12',
      // "A date that exists" (no 2026-02-31) has no JSON Schema form; format "date" says the rest.
      overrideAction: ({ valibotAction, jsonSchema }) => (valibotAction.type === 'check' ? jsonSchema : undefined),
    });
    expectPublishedSchema(
      'plan.schema.json',
      {
        id: 'https://backend-path.app/plan.schema.json',
        title: `Backend Path plan file, version ${PLAN_VERSION}`,
        description:
          "A learning plan exported from Backend Path: the chosen backend language, pace settings, a status and note per milestone id, and the learner's own milestones.",
      },
      schema,
    );
  });

  it('describes the fields a plan file has', () => {
    const published = readPublishedSchema('plan.schema.json') as {
      required: string[];
      properties: { plan: { required: string[] }; format: { const: string } };
    };
    expect(published.required).toEqual(expect.arrayContaining(['format', 'version', 'plan']));
    expect(published.properties.plan.required).toEqual(expect.arrayContaining(['language', 'settings', 'milestones']));
    expect(published.properties.format.const).toBe('backend-path-plan');
  });

  it('accepts what the app exports', () => {
    const now = '2026-11-26T10:00:00.000Z';
    const plan = markMilestone(emptyPlan('2026-11-26'), 'html-basics', 'done', { stamp: `${now}/0/t`, now });
    const text = serializePlanDocument(plan, now);
    const read = readPlanDocument(text, { source: 'file', now: Date.parse(now), today: '2026-11-26', retired: {} });
    expect(read).toEqual({ ok: true, value: { plan, setAside: [], datesAdjusted: 0 } });
  });
});
