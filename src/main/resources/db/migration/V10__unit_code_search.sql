-- The unit search matches the code as well as the folded name: a trigram index on the lower-cased code serves it.
create index unit_code_trgm_idx on unit using gin (lower(code) gin_trgm_ops);
