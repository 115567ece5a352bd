-- The planner's guess of how many products a facet filter (a tag, a collection, a category)
-- matches comes from the facets column's histogram (docs/adr/0118). With the default 100
-- entries a tag on 2 % of 100,000 products was guessed at 83 rows in one ANALYZE and 2,054 in
-- the next, and the tag list flipped between walking the newest-first index (1.1 ms) and
-- sorting the tag's whole bitmap (9.6 ms). With 1,000 entries the guess holds from one ANALYZE
-- to the next. Never qualify names here.
-- [jooq ignore start]
alter table read_product alter column facets set statistics 1000;
-- [jooq ignore stop]
