-- Nianbao repository schema, version 3 (migration "v3-sync"): what sync remembers between runs.
--
-- Schema/store.md ("Sync") describes the tables; Schema/sync-protocol.md the exchange that fills them.
-- Applied after v2-access, in one transaction.

PRAGMA user_version = 3;

-- Authoritative. The refs of a remote node as this node last saw them (remote-tracking refs), one per report and
-- ref name ('draft', 'submitted', 'published', 'returned'). A push moves the remote's draft by compare-and-swap from
-- the revision recorded here; a pull takes a remote mark only when it moved since it was recorded here.
-- revision: the revision object (always stored: a pull stores the objects before it records the ref).
CREATE TABLE remote_ref (
    remote   TEXT    NOT NULL,
    agency   TEXT    NOT NULL,
    year     INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    revision INTEGER NOT NULL REFERENCES object(id),
    seen     INTEGER NOT NULL,
    PRIMARY KEY (remote, agency, year, name)
) WITHOUT ROWID;

-- Authoritative. Sync conflicts: two lines of work on the same draft that neither node had seen. While one is open
-- (closed IS NULL) the report has a second head (ref kind 'head', name = head) holding the other line, and the
-- report cannot be published. A merge revision that has both lines in its history closes it (merge = that revision).
-- ours: the draft when the conflict opened; theirs: the other head; base: their merge base (NULL: no common history).
-- origin: who brought the other line (a pushing token's label and node, or the remote a pull came from).
CREATE TABLE conflict (
    id     INTEGER PRIMARY KEY,
    agency TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    head   TEXT    NOT NULL,
    ours   INTEGER NOT NULL REFERENCES object(id),
    theirs INTEGER NOT NULL REFERENCES object(id),
    base   INTEGER REFERENCES object(id),
    origin TEXT    NOT NULL,
    opened INTEGER NOT NULL,
    closed INTEGER,
    merge  INTEGER REFERENCES object(id)
);
CREATE UNIQUE INDEX conflict_open_head ON conflict (agency, year, head) WHERE closed IS NULL;
CREATE INDEX conflict_by_report ON conflict (agency, year, opened);

-- Authoritative. The comment that goes with a mark: the county's correction request on a 'returned' mark, a note
-- on a submission. One per report and mark; it travels with the mark in sync.
CREATE TABLE mark_comment (
    agency  TEXT    NOT NULL,
    year    INTEGER NOT NULL,
    name    TEXT    NOT NULL,
    comment TEXT    NOT NULL,
    author  TEXT    NOT NULL,
    time    INTEGER NOT NULL,
    PRIMARY KEY (agency, year, name)
) WITHOUT ROWID;
