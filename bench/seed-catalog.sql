-- Benchmark data for one shop (issue 12): :products active products, each with one option of
-- three values (Size S/M/L), three variants with prices in EUR and USD, stock at the default
-- location, two tags and membership of one of ten collections. Run with psql:
--   psql -v schema=t_demo -v products=1000 -f seed-catalog.sql
set search_path to :"schema";

insert into collection (id, handle, title)
select gen_random_uuid(), 'collection-' || c, 'Collection ' || c from generate_series(1, 10) c
on conflict (handle) do nothing;

create temporary table seed_product as
select gen_random_uuid() as id, n from generate_series(1, :products) n;

insert into product (id, handle, title, description, status, track_inventory, created_at, updated_at)
select id, 'bench-product-' || n, 'Bench product ' || n, 'A product made for the benchmark, number ' || n,
	'active', true, now() - make_interval(secs => n), now()
from seed_product;

insert into product_option (product_id, position, name, option_values)
select id, 0, 'Size', '{S,M,L}' from seed_product;

create temporary table seed_variant as
select gen_random_uuid() as id, p.id as product_id, p.n, s.pos, s.size
from seed_product p cross join (values (0, 'S'), (1, 'M'), (2, 'L')) s(pos, size);

insert into product_variant (id, product_id, position, sku, option_values, weight_grams)
select id, product_id, pos, 'BENCH-' || n || '-' || size, array[size]::varchar(60)[], 200 + pos * 50
from seed_variant;

insert into variant_price (variant_id, currency, amount_minor)
select id, cur, 1000 + (n * 37 % 9000) + pos * 100 from seed_variant cross join (values ('EUR'), ('USD')) c(cur);

insert into product_tag (product_id, tag)
select id, t from seed_product cross join lateral (values ('tag-' || (n % 20)), ('bench')) tags(t);

insert into collection_product (collection_id, product_id, position)
select c.id, p.id, p.n from seed_product p join collection c on c.handle = 'collection-' || (1 + p.n % 10);

insert into inventory_level (variant_id, location_id, on_hand)
select v.id, l.id, (v.n + v.pos) % 7 from seed_variant v cross join inventory_location l where l.is_default;

-- this shop's tables only: a whole-database analyze grows with every shop seeded before
analyze collection, product, product_option, product_variant, variant_price, product_tag, collection_product,
	inventory_level;
