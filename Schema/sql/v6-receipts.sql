-- Nianbao repository schema, version 6 (migration "v6-receipts"): what a node received from other nodes, and from whom.
--
-- Schema/store.md ("Receipts") describes the tables; Schema/sync-protocol.md ("Strictness") the rules that fill them.
-- Applied after the previous migrations, in one transaction.

PRAGMA user_version = 6;

-- Authoritative. Objects a push brought that no ref reached when they arrived (a push sends its objects in batches
-- and moves the refs with the last one): one row per token and object, with the bytes the object added to the file
-- (0 when it was already stored, outside the token's reach) and when it arrived. The rows of a token go once a ref it
-- moves reaches their objects (the push's last batch) or `nianbao gc` finds them reached. A token's unreached bytes
-- are bounded (the upload quota); `nianbao gc` removes unreached objects a day after they arrived.
CREATE TABLE upload (
    token    INTEGER NOT NULL REFERENCES token(id),
    object   INTEGER NOT NULL REFERENCES object(id),
    bytes    INTEGER NOT NULL,
    received INTEGER NOT NULL,
    PRIMARY KEY (token, object)
) WITHOUT ROWID;
CREATE INDEX upload_by_object ON upload (object);

-- Authoritative. Who moved a mark from another node: for a mark a push set, the label of the token that sent it
-- and when this node received it (never a name or time the sender claims). A row holds while the mark points to
-- `revision`; moving the mark any other way removes it.
CREATE TABLE mark_receipt (
    agency   TEXT    NOT NULL,
    year     INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    revision INTEGER NOT NULL REFERENCES object(id),
    sender   TEXT    NOT NULL,
    received INTEGER NOT NULL,
    PRIMARY KEY (agency, year, name)
) WITHOUT ROWID;
