-- Nianbao repository schema, version 4 (migration "v4-parent-index"): an index to find a revision's children.
--
-- Sync asks which revisions have no child (the tips of every line of history) and which revisions descend from
-- another; without this index each such question scans revision_parent once per revision. Derived, like the table.

PRAGMA user_version = 4;

CREATE INDEX revision_parent_by_parent ON revision_parent (parent);
