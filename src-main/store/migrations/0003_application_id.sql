-- Marks the file as this app's own: PRAGMA application_id 0x42434E53 ("BCNS", Benefits CouNSelor) in the
-- SQLite header. At start a file with another application_id, or an unmarked file that does not hold this
-- app's tables, is treated as a foreign file: opened read-only and never written (src-main/store/integrity.ts).
-- Files from before this migration (schema 1 and 2, unmarked) are recognised by their tables and marked here.
PRAGMA application_id = 1111707219;
