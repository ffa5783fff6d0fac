-- Nianbao repository schema, version 2 (migration "v2-access"): who may reach this node, and whom it reaches.
--
-- Schema/store.md ("Access") describes the tables. Applied after v1-initial, in one transaction.

PRAGMA user_version = 2;

-- Authoritative. The access tokens this node has issued. Only the SHA-256 of a token is kept: the token itself is
-- shown once, when it is created, and cannot be read back from the file.
-- all_agencies: 1 for a token that reaches every report (the county's own); 0 for one limited to token_agency.
-- revoked: when it was revoked (seconds since 1970, UTC), or NULL while it is valid.
CREATE TABLE token (
    id           INTEGER PRIMARY KEY,
    hash         BLOB    NOT NULL UNIQUE CHECK (length(hash) = 32),
    label        TEXT    NOT NULL,
    all_agencies INTEGER NOT NULL CHECK (all_agencies IN (0, 1)),
    created      INTEGER NOT NULL,
    revoked      INTEGER
);

-- Authoritative. The agencies a limited token reaches: it reads and writes only their reports. An agency may be
-- named before any of its reports arrives, so this is not a reference to the agency table.
CREATE TABLE token_agency (
    token  INTEGER NOT NULL REFERENCES token(id),
    agency TEXT    NOT NULL,
    PRIMARY KEY (token, agency)
) WITHOUT ROWID;

-- Authoritative. The nodes this one syncs with: a name, the base URL of its server, and the token to present.
CREATE TABLE remote (
    name  TEXT PRIMARY KEY NOT NULL,
    url   TEXT NOT NULL,
    token TEXT NOT NULL
) WITHOUT ROWID;
