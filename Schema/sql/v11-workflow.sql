-- Nianbao repository schema, version 11 (migration "v11-workflow"): the review workflow's notes — comments (批注)
-- on a report's units, their replies and resolutions, and the county's decisions on check findings.
--
-- Schema/store.md ("Notes") describes the table. Applied after the previous migrations, in one transaction.

PRAGMA user_version = 11;

-- Authoritative, append-only. One row per note, never changed once written: a note is named by the SHA-256 of its
-- content (`id`, see `Note.canonicalBytes`), so the same note written on two nodes is one row on each, and sync
-- exchanges notes by id. kind: comment (on a unit of a revision: anchor is the unit id, `section:三/paragraph:2`,
-- `section:三/table:table3/cell:received:total`), reply (an answer to the comment `target`), resolve (the comment
-- `target` is resolved; text may say how), decision (a check finding decided: anchor is the finding's stable key,
-- verdict confirmed or dismissed, text the reason). revision and target: hexadecimal ids. author and time: who wrote
-- the note and when (seconds since 1970, UTC), as the writing node recorded them. via: the token label or remote a
-- note came from when it arrived by sync (NULL when written here); received: when this node stored it.
CREATE TABLE note (
    id       TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 64),
    kind     TEXT    NOT NULL CHECK (kind IN ('comment', 'reply', 'resolve', 'decision')),
    agency   TEXT    NOT NULL,
    year     INTEGER NOT NULL,
    revision TEXT,
    anchor   TEXT    NOT NULL,
    target   TEXT,
    verdict  TEXT CHECK (verdict IS NULL OR verdict IN ('confirmed', 'dismissed')),
    text     TEXT    NOT NULL,
    author   TEXT    NOT NULL,
    time     INTEGER NOT NULL,
    via      TEXT,
    received INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX note_by_report ON note (agency, year, time);
