import type { Claim } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { CompiledPlan } from '../engine';
import type { CarePlan } from './care-items';
import type { CostBasis } from './cost-basis';
import type { EnrollmentChoice } from './enrollment';

/** Everything the comparison knows about one complete plan once the household's year is built for it. */
export interface PlanContext {
  plan: Plan;
  /** Short name for sentences: the option when the compared plans share a plan name. */
  name: string;
  compiled: CompiledPlan;
  care: CarePlan;
  basis: CostBasis;
  enrollment: EnrollmentChoice;
  typicalClaims: Claim[];
  /** The out-of-pocket limit that applies: the person's for one member, the family's otherwise. */
  oopLimitCents: number;
  oopLimitKind: 'person' | 'family';
}
