-- Nianbao repository schema, version 22 (migration "v22-delta-bases"): no index of the rows deltas were made against.
--
-- `object_by_base` (schema 14) found the rows kept as deltas against a row. Only `gc` asks that, and `gc` reads every
-- row anyway: it now reads `base` once from the table (`ObjectRecord.deltasByBase`). The index was eleven of the 240
-- pages of 200 one-edit revisions of a report after `gc` (`Scripts/bench-store`), and one more write for each delta.
-- `base` itself stays, with its foreign key.

PRAGMA user_version = 22;

DROP INDEX IF EXISTS object_by_base;
