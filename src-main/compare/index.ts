// The compare module's public face: from a household to a decision.
export { compareHousehold, prepareComparison, simulateRange, simulateChunks, analyseComparison, finishComparison } from './compare-household';
export type { Prepared, Analysis, YearRange } from './compare-household';
export { explainYear } from './explain-year';
export { formatCompareTable } from './format-table';
export { parseCompareRequest } from './prepare-plans';
export type { SkippedPlan } from './prepare-plans';
export { loadCompareTables, DEFAULT_TABLE_FILES } from './load-tables';
export { ESTIMATE_CAVEAT } from './recommend';
