-- Nianbao repository schema, version 18 (migration "v18-revision-receipts"): who sent each revision another node
-- brought.
--
-- A revision says who wrote it, when, and on which node; another node can say anything there (a township's token
-- could push a revision naming the county's reviewer and the county's own node). So a node records, for each
-- revision another node brought that it did not hold, who sent it — the token of a push (its owner, or its label),
-- or the remote of a pull (its name here) — and when it arrived, never a name or time the sender claims; the pages
-- say so beside the author (`由 常张乡 同步送来`).
-- Authoritative and local to this node: neither sent in sync nor counted as a change of the report. A row goes with
-- its revision (`nianbao gc`). Schema/store.md ("Receipts") describes the table.

PRAGMA user_version = 18;

CREATE TABLE revision_receipt (
    revision INTEGER PRIMARY KEY REFERENCES object(id),
    sender   TEXT    NOT NULL,
    received INTEGER NOT NULL
);
