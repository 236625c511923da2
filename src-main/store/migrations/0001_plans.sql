-- Plans live here, one row per plan id (the id carries the plan year: fehb-kpco-2022-high).
-- origin: where the current version came from. seed_hash: the shipped data it was seeded from, so a
-- re-seed can tell "our newer data" from "an HR user's edit" and never overwrite the latter silently.
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  program TEXT NOT NULL,
  plan_year_start TEXT NOT NULL,
  json TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'import', 'editor')),
  seed_hash TEXT,
  user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;

-- Every version a plan has had: who changed it, when and how. The plan editor's diff reads this.
CREATE TABLE plan_revisions (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL,
  json TEXT NOT NULL,
  author TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('seed', 'seed-update', 'import', 'edit', 'create')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX plan_revisions_by_plan ON plan_revisions (plan_id, id);
