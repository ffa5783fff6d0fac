-- Nianbao repository schema, version 5 (migration "v5-mark-reason"): a mark set against the rules, with its reason.
--
-- `published` goes only on a revision that was `submitted` and whose checks report no error, unless the county
-- forces it with a reason (`nianbao mark … published --force --reason TEXT`, or the web page's confirmation step).
-- The reason is the mark's comment; `forced` says that the rules were overridden, so that every place that shows
-- the mark can say so. Schema/store.md ("Sync") describes the table. Applied after v4-parent-index, in one
-- transaction.

PRAGMA user_version = 5;

-- forced: 1 when the mark was set against the rules (the comment is then the reason), else 0.
ALTER TABLE mark_comment ADD COLUMN forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1));
