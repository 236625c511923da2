import type { z } from 'zod';
import type { NewPlanArgs } from '../../src-shared/editor-schema';
import { planDisplayName } from '../../src-shared/plan-display';
import type { Plan } from '../../src-shared/plan-schema';
import { refusal } from '../../src-shared/refusal';
import { sbcSourceId } from '../../src-shared/sbc-form';

// A new plan for the editor: empty (every number still to be typed from the SBC) or a copy of another
// plan (last year's, or an FEHB option as a template) under a new id. Either way it starts with the
// status its content earns; the caller recomputes it.

type Args = z.output<typeof NewPlanArgs>;

const MAX_NOTES = 30;

export function newPlan(args: Args, template: Plan | undefined, now: string): Plan {
  const day = now.slice(0, 10);
  if (!template) {
    if (!args.carrier) throw refusal('INVALID_ARGUMENT', 'err_new_needs_carrier', {});
    if (!args.planYear) throw refusal('INVALID_ARGUMENT', 'err_new_needs_year', {});
    return {
      id: args.id,
      carrier: args.carrier,
      planName: args.planName,
      option: args.option ?? args.planName,
      program: args.program ?? 'other',
      planYear: args.planYear,
      network: { outOfNetworkBenefit: null, notes: [] },
      status: { complete: false, missing: ['everything: the plan was just started'] },
      deductible: null,
      oopMax: null,
      oopExcludes: [],
      enrollment: [],
      pharmacy: {},
      benefits: {},
      sources: [
        {
          id: sbcSourceId(args.id),
          title: `Summary of Benefits and Coverage: ${args.planName}, plan year ${args.planYear.label}`,
          citation: `Typed from the plan's Summary of Benefits and Coverage in the plan editor by ${args.author}, ${day}.`,
        },
      ],
    };
  }
  const copy = structuredClone(template);
  const notes = copy.notes ?? [];
  const copied = `Copied from ${planDisplayName(template)} (${template.id}, plan year ${template.planYear.label}) by ${args.author} on ${day}; every number is the original's until edited.`;
  return {
    ...copy,
    id: args.id,
    planName: args.planName,
    option: args.option ?? (template.option === template.planName ? args.planName : template.option),
    carrier: args.carrier ?? template.carrier,
    program: args.program ?? template.program,
    planYear: args.planYear ?? template.planYear,
    notes: notes.length < MAX_NOTES ? [...notes, copied] : notes,
  };
}
