/** A plan's name as a person says it: "High Option — Kaiser Permanente - Colorado (FEHB)". */
export function planDisplayName(plan: { planName: string; option: string }): string {
  return plan.planName.includes(plan.option) ? plan.planName : `${plan.option} — ${plan.planName}`;
}
