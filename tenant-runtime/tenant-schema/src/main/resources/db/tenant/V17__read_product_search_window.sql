-- Search answers from a window of the best 1,000 matches (docs/adr/0089): the title words
-- are found on their own index, so a window fills with title matches first without ranking
-- every product that carries a word in its tags or description, and the facet values are a
-- flat array that the window's facet counts unnest without walking jsonb. Never qualify
-- names here.

-- [jooq ignore start]
-- the title's words alone (weight A of the search vector, ADR 0065)
create index read_product_title_search_idx on read_product using gin (ts_filter(search, '{a}'));

-- 'tag', 'collection' or 'option:<name>', a unit separator (chr 31), then the value
create function read_product_facet_keys(facets jsonb) returns text[]
language sql immutable parallel safe
return array(
	select 'tag' || chr(31) || t from jsonb_array_elements_text(facets -> 'tags') t
	union all
	select 'collection' || chr(31) || c from jsonb_array_elements_text(facets -> 'collections') c
	union all
	select 'option:' || o.key || chr(31) || v
	from jsonb_each(facets -> 'options') o, jsonb_array_elements_text(o.value) v);

alter table read_product add column facet_keys text[]
	generated always as (read_product_facet_keys(facets)) stored;
-- [jooq ignore stop]
