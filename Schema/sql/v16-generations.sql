-- Nianbao repository schema, version 16 (migration "v16-generations"): each revision's generation.
--
-- 1 for a revision without parents, else one more than the greatest of its parents': the length of the longest line
-- of revisions that leads to it. It depends on the revision's ancestors alone, which every node holding the revision
-- holds too, so every node gives a revision the same number, and pages name a revision by it (第 3 版) instead of by
-- its hash. Two revisions made side by side from one parent share a number; their authors and times tell them apart.
-- Derived, like the rest of the table: the migrator fills it for the revisions already stored, and
-- `RevisionStore.rebuildIndexes()` and `fsck` work it out again from the revision objects.

PRAGMA user_version = 16;

ALTER TABLE revision ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
