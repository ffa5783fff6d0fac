-- Nianbao repository schema, version 15 (migration "v15-object-names").
--
-- Every object's name (the 32 bytes of its SHA-256) was kept twice: in its row and in the unique index that finds a
-- row by name, about a quarter of a county's file. The index now holds the first 8 bytes of each name; a lookup
-- finds the few rows (in practice one) whose names start so and compares the whole name in the row
-- (Schema/store.md, "Finding an object by name"). Rows keep their id, name, kind and body.
--
-- SQLite cannot drop a constraint, so the table is rebuilt (its "Making Other Kinds Of Table Schema Changes"): the
-- migrator runs this with foreign keys off and checks them all before it commits.

PRAGMA user_version = 15;

CREATE TABLE object_v15 (
    id    INTEGER PRIMARY KEY,
    hash  BLOB    NOT NULL CHECK (length(hash) = 32),
    kind  INTEGER NOT NULL REFERENCES object_kind(code),
    body  BLOB    NOT NULL,
    codec INTEGER NOT NULL DEFAULT 0,
    base  INTEGER REFERENCES object(id) DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO object_v15 (id, hash, kind, body, codec, base) SELECT id, hash, kind, body, codec, base FROM object;

DROP TABLE object;

ALTER TABLE object_v15 RENAME TO object;

-- The first 8 bytes of each name: a lookup by name reads this index, then compares the whole name in the row.
CREATE INDEX object_by_name ON object (substr(hash, 1, 8));

CREATE INDEX object_by_base ON object (base) WHERE base IS NOT NULL;
