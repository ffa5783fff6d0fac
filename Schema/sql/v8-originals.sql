-- Nianbao repository schema, version 8 (migration "v8-originals"): the original files revisions were read from.
--
-- A revision read from a .docx, PDF, web page or .doc/.wps keeps the file's bytes in objects of a new kind, `blob`
-- (at most 1 MiB each), which its `original` field refers to; Schema/store.md ("Originals") and
-- Schema/canonical-encoding.md describe them. A blob's body in the object table is its bytes as they are.
-- Applied after the previous migrations, in one transaction.

PRAGMA user_version = 8;

INSERT INTO object_kind (code, name) VALUES (7, 'blob');
