-- Indexes for the people list (PersonQueries): its order (folded name, name, id), the free-text
-- search on code and phone beside the folded name (V1 has the trigram index on search_name),
-- and the case-insensitive code check made on every create and update.

create index person_list_order_idx on person (search_name, full_name, id);
create index person_code_lower_idx on person (lower(code));
create index person_code_trgm_idx on person using gin (lower(code) gin_trgm_ops);
create index person_phone_trgm_idx on person using gin (phone gin_trgm_ops);
