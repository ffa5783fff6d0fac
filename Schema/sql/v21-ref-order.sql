-- Nianbao repository schema, version 21 (migration "v21-ref-order"): the order in which this node moved each report's
-- refs.
--
-- A report's status is decided by which of its marks was set last, and whether its draft changed after it was
-- published by which of the two moved last; `ref.moved` keeps whole seconds, so a return and the submission that
-- follows it in the same second (a script, a batch) could not be told apart, and the submission was lost under the
-- tie (review rv108 F24). `seq` tells them apart: every move of a report's ref gives it a number above the report's
-- other refs' (`StoreWriter.moveRef`). Refs are ordered by `moved`, then by `seq` (`Ref.isMoved(before:)`, the one
-- rule): the time stays the first word, because a mark another node set keeps the time it was set there and both
-- nodes must decide on the same facts. Refs an older store moved keep 0 and are told apart by the rules they had.

PRAGMA user_version = 21;

ALTER TABLE ref ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
