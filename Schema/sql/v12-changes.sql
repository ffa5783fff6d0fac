-- Nianbao repository schema, version 12 (migration "v12-changes"): the change sequence — a number this node bumps
-- on every change to what a sync listing shows of a report, recorded on the report, so that a pull can ask "what
-- changed since S" and a sync with nothing to do costs the same whatever the number of reports; and, per remote,
-- the remote's sequence and this node's own as they were at the last sync with it.
--
-- Schema/store.md ("Change sequence") describes the tables. Applied after the previous migrations, in one
-- transaction.

PRAGMA user_version = 12;

-- Derived from the history of writes, kept by the triggers below (their one home): one row, the last sequence
-- number given out. Only ever grows; 0 in a store where nothing was listed yet.
CREATE TABLE change_sequence (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO change_sequence (id, value) VALUES (1, 0);

-- Kept by the triggers below. One row per report (agency × year): the sequence number of the last change to what a
-- listing shows of it — its draft and second heads, marks and their comments, conflicts opened, moved or closed,
-- notes added, its agency's record (name, parent).
CREATE TABLE report_change (
    agency TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    seq    INTEGER NOT NULL,
    PRIMARY KEY (agency, year)
) WITHOUT ROWID;
CREATE INDEX report_change_by_seq ON report_change (seq);

-- An older store: every report it holds changed at sequence 1 (a remote that pulled from it before knew no
-- sequence, and pulls in full once).
UPDATE change_sequence SET value = 1 WHERE EXISTS (SELECT 1 FROM ref) OR EXISTS (SELECT 1 FROM note);
INSERT INTO report_change (agency, year, seq)
    SELECT DISTINCT agency, year, 1 FROM ref
    UNION SELECT DISTINCT agency, year, 1 FROM note;

-- Authoritative. What this node knows of its last sync with a remote: `since`, the remote's sequence its last pull
-- took in (NULL: none yet, or the remote keeps none); `identity`, what the remote's token reached then (a pull
-- whose token reaches something else starts again from nothing); `local`, this node's own sequence when its last
-- push had sent everything that had changed here (NULL: none yet); `full`, when it last pulled in full (seconds
-- since 1970, UTC). Forgotten with the remote's refs (`remote remove`, another URL).
CREATE TABLE remote_sync (
    remote   TEXT PRIMARY KEY NOT NULL,
    since    INTEGER,
    identity TEXT,
    local    INTEGER,
    full     INTEGER
) WITHOUT ROWID;

-- The triggers: every write to a table a listing shows bumps the sequence and records it on the report (an update
-- that leaves a row as it was changes nothing: GRDB's `save` of an unchanged record does not bump it).
CREATE TRIGGER ref_insert_changes AFTER INSERT ON ref BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER ref_update_changes AFTER UPDATE ON ref
    WHEN OLD.agency IS NOT NEW.agency OR OLD.year IS NOT NEW.year OR OLD.kind IS NOT NEW.kind OR OLD.name IS NOT NEW.name OR OLD.revision IS NOT NEW.revision
BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER ref_delete_changes AFTER DELETE ON ref BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER mark_comment_insert_changes AFTER INSERT ON mark_comment BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER mark_comment_update_changes AFTER UPDATE ON mark_comment
    WHEN OLD.agency IS NOT NEW.agency OR OLD.year IS NOT NEW.year OR OLD.name IS NOT NEW.name OR OLD.comment IS NOT NEW.comment OR OLD.author IS NOT NEW.author OR OLD.time IS NOT NEW.time OR OLD.forced IS NOT NEW.forced
BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER mark_comment_delete_changes AFTER DELETE ON mark_comment BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER conflict_insert_changes AFTER INSERT ON conflict BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER conflict_update_changes AFTER UPDATE ON conflict
    WHEN OLD.agency IS NOT NEW.agency OR OLD.year IS NOT NEW.year OR OLD.head IS NOT NEW.head OR OLD.ours IS NOT NEW.ours OR OLD.theirs IS NOT NEW.theirs OR OLD.base IS NOT NEW.base OR OLD.origin IS NOT NEW.origin OR OLD.opened IS NOT NEW.opened OR OLD.closed IS NOT NEW.closed OR OLD.merge IS NOT NEW.merge
BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER conflict_delete_changes AFTER DELETE ON conflict BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER note_insert_changes AFTER INSERT ON note BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER note_update_changes AFTER UPDATE ON note BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;
CREATE TRIGGER note_delete_changes AFTER DELETE ON note BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
END;
-- An agency's record is listed with each of its reports: a new or changed one changes all of them.
CREATE TRIGGER agency_insert_changes AFTER INSERT ON agency BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        SELECT DISTINCT agency, year, (SELECT value FROM change_sequence) FROM ref WHERE agency = NEW.id;
END;
CREATE TRIGGER agency_update_changes AFTER UPDATE ON agency
    WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.parent IS NOT NEW.parent OR OLD.kind IS NOT NEW.kind
BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        SELECT DISTINCT agency, year, (SELECT value FROM change_sequence) FROM ref WHERE agency IN (OLD.id, NEW.id);
END;
CREATE TRIGGER agency_delete_changes AFTER DELETE ON agency BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        SELECT DISTINCT agency, year, (SELECT value FROM change_sequence) FROM ref WHERE agency = OLD.id;
END;
