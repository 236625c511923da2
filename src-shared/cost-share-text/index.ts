// Reading and writing the "You pay" text of an SBC, and saying a rule in plain words. Shared by the
// plan editor (renderer) and the engine's ledger (main), so it imports only zod and src-shared.
export { parseCostShareText, type ParseCostShareOptions, type ParsedCostShare } from './parse';
export { describeCostShare, describeRule, type CostShareExtras } from './describe';
export { formatCostShareText } from './format';
export { normalizeCostShareText } from './text-cursor';
export type { CopayUnit } from './vocabulary';
