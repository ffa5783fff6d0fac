-- Nianbao repository schema, version 10 (migration "v10-agencies"): the agency registry — what kind of office each
-- agency is, the other names reports give it, and which agencies must report for a year.
--
-- Schema/store.md ("Agencies") describes the tables. Applied after the previous migrations, in one transaction.

PRAGMA user_version = 10;

-- What kind of office an agency is: township (乡镇、街道), department (县直部门), government (本级政府), or NULL
-- when nobody said (agencies of older stores; the rules then guess from the name).
ALTER TABLE agency ADD COLUMN kind TEXT CHECK (kind IN ('township', 'department', 'government'));

-- Authoritative. Other names of an agency, as reports write them (常张乡, 长子县常张乡人民政府). alias: as given;
-- normalized: the alias as names are compared (Unicode NFKC, no spaces, no trailing 人民政府), unique over every
-- agency so that one name never means two offices.
CREATE TABLE agency_alias (
    normalized TEXT PRIMARY KEY NOT NULL,
    alias      TEXT NOT NULL,
    agency     TEXT NOT NULL REFERENCES agency(id)
) WITHOUT ROWID;
CREATE INDEX agency_alias_by_agency ON agency_alias (agency);

-- Authoritative. The agencies that must report for a year, when the county set the list (`nianbao agency expect`).
-- A year without rows expects every township and department.
CREATE TABLE agency_expected (
    year   INTEGER NOT NULL,
    agency TEXT    NOT NULL,
    PRIMARY KEY (year, agency)
) WITHOUT ROWID;
