-- Nianbao repository schema, version 19 (migration "v19-web-sessions"): the login sessions of the node's web pages,
-- kept in the file so that restarting `nianbao serve` (an update, a reboot of the office PC) logs nobody out.
--
-- A browser's cookie holds a session's random id; the node keeps only the SHA-256 of it, never the id, so that a
-- copy of this file opens no session. Local to this node and neither authoritative nor derived: never sent in sync,
-- never counted as a change of a report, left out of a backup (`nianbao backup`). Schema/store.md ("Web sessions")
-- describes the tables.

PRAGMA user_version = 19;

-- One row per open login: id, the SHA-256 of the session id its cookie carries; what it stands for, either a token
-- typed at login (token, the SHA-256 of the token: checked again on every request, so a revoked token ends it) or a
-- person (person, their number, and stamp, a stamp of the password they logged in with: a disabled person or a
-- changed password ends it); expires, when it ends (seconds since 1970, UTC). No index of it: the ended sessions are
-- looked for only when one opens (at most 10,000 rows), and an index would cost every store a page.
CREATE TABLE web_session (
    id      BLOB    PRIMARY KEY CHECK (length(id) = 32),
    token   BLOB    CHECK (token IS NULL OR length(token) = 32),
    person  INTEGER,
    stamp   TEXT,
    expires INTEGER NOT NULL,
    CHECK ((token IS NULL) <> (person IS NULL AND stamp IS NULL))
) WITHOUT ROWID;

-- The node's key behind the anti-forgery token of each session's forms (HMAC-SHA256 of the session id): kept, so
-- that a form opened before a restart is still taken after it. One row.
CREATE TABLE web_key (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB    NOT NULL CHECK (length(key) = 32)
);
