// Where a stored plan's current version came from, and what each revision did, written once. The store
// (src-main/store/plans.repo.ts), the IPC contract and the editor's schemas import these lists; the
// first migration spells them in its CHECK constraints, and tests/unit/store/plan-history-sql.test.ts
// fails when the SQL and these lists disagree (a migration is never edited once shipped).

/** seed: the shipped data; import: a plan file; editor: the HR plan editor. */
export const PLAN_ORIGINS = ['seed', 'import', 'editor'] as const;
export type PlanOrigin = (typeof PLAN_ORIGINS)[number];

/** seed / seed-update: the shipped data, first written or updated; import; edit: a save in the editor; create: a new plan. */
export const REVISION_ACTIONS = ['seed', 'seed-update', 'import', 'edit', 'create'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];
