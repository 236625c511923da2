import type { Household } from '../../../src-shared/household-schema';
import type { Program } from '../../../src-shared/eligibility';
import type { Plan } from '../../../src-shared/plan-schema';
import { samePlanLine } from './decision-window';

// Every sensible arrangement of a household over the plans on offer (issue 14). An enrollment is led by
// an adult whose employer offers coverage (an employee of the federal government, of the district, …)
// and covers that adult plus the members added to it; every member is on exactly one enrollment:
//  - an adult may lead an enrollment of any program offered to them, or be the other adult's dependent
//    (a spouse on the other's plan); an adult offered nothing can only be a dependent;
//  - the children (and a baby due in the year) go together with one of the enrollments of a parent;
//  - nobody is left uncovered, and nobody is on two enrollments: both employers covering the same person
//    (coordination of benefits) is outside what the app prices, and the result says so.
// Each enrollment then takes every plan of its program that is compared.

export interface EnrollmentShape {
  /** Index of the adult who enrolls, in household.members. */
  leader: number;
  program: Program;
  plan: Plan;
  /** Indexes into the care plan's members (household members, then expected newborns), leader first. */
  members: number[];
}

export interface ArrangementShape {
  enrollments: EnrollmentShape[];
}

/** Whether arrangements differ from the plain comparison: two adults offered coverage, or two employers. */
export function arrangementsApply(household: Household): boolean {
  const offered = household.members.filter((m) => m.relationship !== 'child' && (m.eligibleFor?.length ?? 0) > 0);
  const programs = new Set(offered.flatMap((m) => m.eligibleFor ?? []));
  return offered.length > 0 && (offered.length >= 2 || programs.size >= 2);
}

/** One plan per plan line (the same plan in another plan year counts once), in the order given. */
export function planLines(selected: readonly Plan[]): Plan[] {
  const out: Plan[] = [];
  for (const plan of selected) if (!out.some((p) => samePlanLine(p, plan))) out.push(plan);
  return out;
}

type Role = { kind: 'lead'; program: Program } | { kind: 'dependent' };

function rolesFor(household: Household, adult: number, programs: ReadonlySet<Program>): Role[] {
  const offered = (household.members[adult]?.eligibleFor ?? []).filter((p) => programs.has(p));
  return [...offered.map((program): Role => ({ kind: 'lead', program })), { kind: 'dependent' }];
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

/**
 * `careMembers`: how many members the care plan prices (household members, then expected newborns, who
 * go with the children).
 */
export function enumerateArrangements(household: Household, careMembers: number, lines: readonly Plan[]): ArrangementShape[] {
  const adults = household.members.flatMap((m, i) => (m.relationship === 'child' ? [] : [i]));
  const children = [
    ...household.members.flatMap((m, i) => (m.relationship === 'child' ? [i] : [])),
    ...Array.from({ length: careMembers - household.members.length }, (_, k) => household.members.length + k),
  ];
  const programs = new Set(lines.map((p) => p.program));
  const out: ArrangementShape[] = [];
  for (const roles of product(adults.map((a) => rolesFor(household, a, programs)))) {
    const leaders = adults.filter((_, j) => roles[j]?.kind === 'lead');
    if (leaders.length === 0) continue;
    // A dependent adult joins the other adult's enrollment (with two adults there is one other).
    const dependents = adults.filter((_, j) => roles[j]?.kind === 'dependent');
    const childHomes = children.length > 0 ? leaders : [null];
    for (const childHome of childHomes) {
      const groups = leaders.map((leader) => {
        const members = [leader, ...(leaders.length === 1 ? dependents : []), ...(childHome === leader ? children : [])];
        const role = roles[adults.indexOf(leader)] as Extract<Role, { kind: 'lead' }>;
        return { leader, program: role.program, members };
      });
      const choices = groups.map((g) => lines.filter((p) => p.program === g.program));
      for (const plans of product(choices)) {
        out.push({ enrollments: groups.map((g, j) => ({ ...g, plan: plans[j] as Plan })) });
      }
    }
  }
  return out;
}
