-- Saved counseling sessions (counselor mode only; kiosk mode never writes one). Personal data: the
-- database runs with secure_delete so a deleted row's text is overwritten, not left in free pages.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  member_count INTEGER NOT NULL,
  json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_update ON sessions (updated_at);
