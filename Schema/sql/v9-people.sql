-- Nianbao repository schema, version 9 (migration "v9-people"): the people who use this node's web pages, what they
-- did, and who owns each sync token.
--
-- Schema/store.md ("People") describes the tables. Applied after the previous migrations, in one transaction.

PRAGMA user_version = 9;

-- Authoritative. The people of this node: a name as they sign (张三), a role, and the bcrypt hash of their password
-- (never the password). role: clerk (a township's clerk, for the agencies in person_agency), reviewer (the county's
-- reviewer), admin (manages people), viewer (reads only). disabled: when the person was disabled (seconds since
-- 1970, UTC), or NULL while they may log in.
CREATE TABLE person (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE,
    role     TEXT    NOT NULL CHECK (role IN ('clerk', 'reviewer', 'admin', 'viewer')),
    password TEXT    NOT NULL,
    created  INTEGER NOT NULL,
    disabled INTEGER
);

-- Authoritative. The agencies a clerk writes for: they reach only these agencies' reports. An agency may be named
-- before any of its reports arrives, so this is not a reference to the agency table.
CREATE TABLE person_agency (
    person INTEGER NOT NULL REFERENCES person(id),
    agency TEXT    NOT NULL,
    PRIMARY KEY (person, agency)
) WITHOUT ROWID;

-- Authoritative, append-only. Who did what on this node, and when: one row per action (a mark, a merge, a login, a
-- person added). time: seconds since 1970 (UTC); person: the name of who did it; action: a short English word
-- (`mark`, `merge`, `login`, `user-add`…); agency and year: the report, when there is one; revision: the hex id of
-- the revision it concerns, if any; detail: free text in Chinese; node: the node where it was done.
CREATE TABLE audit (
    id       INTEGER PRIMARY KEY,
    time     INTEGER NOT NULL,
    person   TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    agency   TEXT,
    year     INTEGER,
    revision TEXT,
    detail   TEXT    NOT NULL,
    node     TEXT    NOT NULL
);
CREATE INDEX audit_by_report ON audit (agency, year);

-- Who a sync token belongs to: a person's name or a node's, or NULL for tokens issued before owners were kept.
ALTER TABLE token ADD COLUMN owner TEXT;
