-- Attempts at scale: while an attempt is open its saved responses live in their own column.
-- Autosave writes them every 30 s per taker; items (GIN-indexed for regrade) then change only at
-- start and at grading, so a save is a heap-only (HOT) update that touches no index. Grading copies
-- the responses into items (each item's "response" and "fraction") and clears the column, so a
-- closed attempt's record is self-contained as V50 describes. Free space per page keeps HOT possible.
alter table attempt add column responses jsonb;
alter table attempt set (fillfactor = 85);
