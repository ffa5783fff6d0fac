-- Nianbao repository schema, version 13 (migration "v13-merges"): what sync needs to carry two acts of the county's
-- workflow that left no trace a remote could see — a mark set again on the revision it already marked (a township
-- submits the returned report again unchanged; the county returns it again), and two agency ids merged into one —
-- and agency aliases in the change sequence.
--
-- Schema/store.md ("Agency merges", "Remote-tracking refs") and Schema/sync-protocol.md ("Marks set again",
-- "Agency merges") describe them. Applied after the previous migrations, in one transaction.

PRAGMA user_version = 13;

-- Authoritative. When the remote had set the ref, by its own clock (seconds since 1970, UTC), as its listing said
-- when this node last saw it; NULL when the remote did not say (a node older than schema 13). A listing that shows
-- the same revision with another time is a mark set again there.
ALTER TABLE remote_ref ADD COLUMN moved INTEGER;

-- Authoritative. Agency ids merged into another (`agency merge`): `agency` is gone and `into_agency` holds its
-- reports now; `merged` is when (seconds since 1970, UTC). A report pushed under a merged id is refused with where
-- the agency went, and a listing tells the nodes that reach `into_agency` so that they merge too. `into_agency` is
-- never itself a merged id: merging it again later re-points the earlier rows.
CREATE TABLE agency_merge (
    agency      TEXT    PRIMARY KEY NOT NULL,
    into_agency TEXT    NOT NULL,
    merged      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX agency_merge_by_into ON agency_merge (into_agency);

-- A mark set again on the same revision moves only its time: that is a change a listing shows now.
DROP TRIGGER ref_update_changes;
CREATE TRIGGER ref_update_changes AFTER UPDATE ON ref
    WHEN OLD.agency IS NOT NEW.agency OR OLD.year IS NOT NEW.year OR OLD.kind IS NOT NEW.kind OR OLD.name IS NOT NEW.name OR OLD.revision IS NOT NEW.revision OR (NEW.kind = 'mark' AND OLD.moved IS NOT NEW.moved)
BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (OLD.agency, OLD.year, (SELECT value FROM change_sequence));
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        VALUES (NEW.agency, NEW.year, (SELECT value FROM change_sequence));
END;

-- An agency's aliases are listed with its reports, like its name.
CREATE TRIGGER agency_alias_insert_changes AFTER INSERT ON agency_alias BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        SELECT DISTINCT agency, year, (SELECT value FROM change_sequence) FROM ref WHERE agency = NEW.agency;
END;
CREATE TRIGGER agency_alias_update_changes AFTER UPDATE ON agency_alias
    WHEN OLD.agency IS NOT NEW.agency OR OLD.alias IS NOT NEW.alias
BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        SELECT DISTINCT agency, year, (SELECT value FROM change_sequence) FROM ref
        WHERE agency IN (OLD.agency, NEW.agency);
END;
CREATE TRIGGER agency_alias_delete_changes AFTER DELETE ON agency_alias BEGIN
    UPDATE change_sequence SET value = value + 1;
    INSERT OR REPLACE INTO report_change (agency, year, seq)
        SELECT DISTINCT agency, year, (SELECT value FROM change_sequence) FROM ref WHERE agency = OLD.agency;
END;
