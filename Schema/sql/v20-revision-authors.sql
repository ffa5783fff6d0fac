-- Nianbao repository schema, version 20 (migration "v20-revision-authors"): who made each revision, in the index.
--
-- A file naming no revision (a clerk's own Word or text file) is committed onto the revision its author most likely
-- edited it from, which is looked for among their own revisions of the newest 200 of the draft's history, and only
-- when someone else made one of those is it checked for undoing their changes. Knowing who made each revision
-- without decoding it makes that walk a few index lookups instead of 200 decoded objects on every commit.
-- Derived, like the rest of the table: the migrator fills it from the revision objects already stored (a revision it
-- cannot read is left NULL, read from its object when needed, as in a file older than this schema);
-- `RevisionStore.rebuildIndexes()` and `fsck` work it out again from the revision objects.

PRAGMA user_version = 20;

ALTER TABLE revision ADD COLUMN author TEXT;
