-- Nianbao repository schema, version 1 (migration "v1-initial").
--
-- One SQLite file per node, in WAL mode. Applied once by the migrator in Sources/RevisionStore/Migrations.swift,
-- inside one transaction; never edited after release: a later change is a new file (v2-….sql) and a new migration.
-- Schema/store.md describes the tables, their invariants and how versions are checked.
--
-- Authoritative tables hold what cannot be recomputed: object, agency, ref, setting.
-- Derived tables (revision, revision_parent) are an index of the revision objects; RevisionStore.rebuildIndexes()
-- regenerates them from the objects alone.

-- Marks the file as a nianbao repository ("NBRP") so that no other SQLite file is mistaken for one,
-- and records the schema version where any SQLite tool can read it.
PRAGMA application_id = 1312969296;
PRAGMA user_version = 1;

-- The kinds of objects, as the small integers the object table stores. Fixed forever: the names are those of the
-- canonical encoding (Schema/canonical-encoding.md).
CREATE TABLE object_kind (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO object_kind (code, name) VALUES
    (1, 'report'), (2, 'section'), (3, 'paragraph'), (4, 'table'), (5, 'row'), (6, 'revision');

-- Authoritative. Every piece of every report and every revision, each stored once.
-- hash: the SHA-256 of the object's canonical encoding (32 bytes); the object's name everywhere outside this file.
-- body: the compact form of the canonical encoding (Schema/store.md, "Compact bodies"): field names as one-byte
--   codes, lengths as varints, and each reference to another object as that object's `id` in this table instead of
--   its 64-digit hash. The canonical bytes, and so the hash, are rebuilt exactly from it.
-- Invariant: an object is stored only after every object it refers to, so no stored reference dangles.
-- Invariant: rows are never updated or deleted.
CREATE TABLE object (
    id   INTEGER PRIMARY KEY,
    hash BLOB    NOT NULL UNIQUE CHECK (length(hash) = 32),
    kind INTEGER NOT NULL REFERENCES object_kind(code),
    body BLOB    NOT NULL
);

-- Authoritative. The offices whose reports the repository keeps.
-- id: an ASCII slug or the 18-character 统一社会信用代码; name: as reports write it; parent: the office above.
CREATE TABLE agency (
    id     TEXT PRIMARY KEY NOT NULL,
    name   TEXT NOT NULL,
    parent TEXT REFERENCES agency(id)
) WITHOUT ROWID;

-- Authoritative. Named pointers from a report (agency id × year) to one of its revisions.
-- kind 'head': a line of work on the draft. The head named 'draft' is the report's current draft; sync may keep
--   further heads under other names (the node they came from) while a conflict is open, so a report can have
--   several heads at once.
-- kind 'mark': 'submitted' and 'published', the revisions that were sent to the county and made public.
-- revision: the revision object's id; it must be a revision of the same report (the store checks on every move).
-- moved: when the ref last moved, in seconds since 1970 (UTC).
CREATE TABLE ref (
    agency   TEXT    NOT NULL,
    year     INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('head', 'mark')),
    name     TEXT    NOT NULL,
    revision INTEGER NOT NULL REFERENCES object(id),
    moved    INTEGER NOT NULL,
    PRIMARY KEY (agency, year, kind, name)
) WITHOUT ROWID;

-- Authoritative. Settings of this node: 'node' (its name, recorded in every revision made here), 'created'.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Derived from the revision objects. One row per revision object: which report, which root, when.
CREATE TABLE revision (
    object INTEGER PRIMARY KEY REFERENCES object(id),
    agency TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    root   INTEGER NOT NULL REFERENCES object(id),
    time   INTEGER NOT NULL
);
CREATE INDEX revision_by_report ON revision (agency, year, time);

-- Derived from the revision objects. The parents of each revision, in order (position 0 is the first parent).
CREATE TABLE revision_parent (
    revision INTEGER NOT NULL REFERENCES revision(object),
    position INTEGER NOT NULL,
    parent   INTEGER NOT NULL REFERENCES revision(object),
    PRIMARY KEY (revision, position)
) WITHOUT ROWID;
