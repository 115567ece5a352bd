-- The read model's GIN indexes take their entries at once (docs/adr/0109). With fastupdate
-- on (PostgreSQL's default) new entries wait in a pending list until a vacuum or a 4 MB list
-- merges them, and every search reads that whole list: after documents were written, a search
-- of 100,000 products spent 3.4 of its 10.9 ms there (0.4 ms once merged). The storefront reads
-- far more often than the indexer writes, so the writes pay. Never qualify names here.
-- [jooq ignore start]
alter index read_product_search_idx set (fastupdate = off);
alter index read_product_title_search_idx set (fastupdate = off);
alter index read_product_facets_idx set (fastupdate = off);
-- what is pending now is merged here, not at some later vacuum
select gin_clean_pending_list('read_product_search_idx'::regclass);
select gin_clean_pending_list('read_product_title_search_idx'::regclass);
select gin_clean_pending_list('read_product_facets_idx'::regclass);
-- [jooq ignore stop]
