// One-line explanations of the words a family may not know, at about a 6th-grade reading level. The
// <Term> tooltip shows them on hover and on keyboard focus; the printed report lists them at the end.

export const GLOSSARY = {
  premium: 'What you pay for the plan from each paycheck, even if you never see a doctor.',
  deductible: 'What you pay for some care each year before the plan starts to help pay.',
  copay: 'A set dollar amount you pay for a visit or a prescription, like $30.',
  coinsurance: 'Your share of the cost as a percent, like 20% of the bill.',
  oopMax: 'The most you pay for covered care in one year. After that, the plan pays the rest.',
  outOfPocket: 'What you pay for care yourself: deductible, copays and coinsurance. Premiums are not part of it.',
  allowed: 'The price the plan agrees to pay for a service. What you pay is based on it.',
  range: 'In 8 of 10 likely years, the cost falls between these two amounts.',
  worstCase: 'The most a bad year can cost: the premium plus the out-of-pocket maximum.',
  breakEven: 'The amount of care where two plans cost the same. Past it, the other plan is cheaper.',
} as const;

export type GlossaryKey = keyof typeof GLOSSARY;
