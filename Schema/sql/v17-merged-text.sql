-- Nianbao repository schema, version 17 (migration "v17-merged-text"): the heads a merged text was made from.
--
-- `nianbao merge REPORT --output FILE` writes the merge of the draft and a second head for a person to finish by hand;
-- `nianbao commit FILE --resolve` then records the finished text as the merge of the heads. A revision that arrived on
-- either line in between is not in that text: recording the merge then would close the conflict over changes nobody
-- saw. So the open conflict keeps the draft (`written_ours`) and the other head (`written_theirs`) the last merged
-- text was made from, and a commit with --resolve is refused while a head has moved since. NULL: no merged text was
-- written for this conflict. Local to this node: neither column is sent in sync, nor counts as a change of the report.

PRAGMA user_version = 17;

ALTER TABLE conflict ADD COLUMN written_ours INTEGER REFERENCES object(id);
ALTER TABLE conflict ADD COLUMN written_theirs INTEGER REFERENCES object(id);
