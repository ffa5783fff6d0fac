-- Nianbao repository schema, version 14 (migration "v14-deltas").
--
-- A revision's compact body may be kept as a delta against its first parent's (Schema/store.md, "Revision deltas"):
-- a zstd frame whose dictionary is the parent's compact body. Names do not change: an object's hash is still the
-- SHA-256 of its canonical bytes, rebuilt from the expanded body. Rows written before keep their form.

PRAGMA user_version = 14;

-- base: the row whose compact body a delta (object.codec -1) was made against; NULL for every other body. Checked at
-- commit, so that gc may remove a chain of rows nothing reaches in any order, and never a base a kept row needs.
ALTER TABLE object ADD COLUMN base INTEGER REFERENCES object(id) DEFERRABLE INITIALLY DEFERRED;

-- The foreign key's lookup when a row is removed: which deltas were made against it.
CREATE INDEX object_by_base ON object (base) WHERE base IS NOT NULL;
