#!/usr/bin/env bash
# The database's own floor under issue 12's "create product p99 ≤ 5 ms at 16 connections": the
# least a creation writes (the product, its option, 3 variants, 6 prices, 3 stock levels and its
# outbox event), as ONE prepared statement straight from pgbench, in shop bench-001 of the
# database bench/gateway-bench.sh builds. No HTTP, no JSON, no token, no relay, no read-model
# rebuild: a creation through the platform can only cost more. Prints p50 / p99 per client count
# from pgbench's per-transaction log.
#   DB_PORT=5432 CLIENTS="1 4 16" SECONDS_EACH=20 SYNC="on off" bench/create-floor.sh
set -euo pipefail
db=${DB:-gateway_bench} pgport=${DB_PORT:-5432} schema=${SCHEMA:-t_bench_001}
location=$(psql -h 127.0.0.1 -p "$pgport" -U postgres -d "$db" -Atc \
  "select id from $schema.inventory_location where is_default")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat > "$work/create.sql" <<SQL
with p as (insert into $schema.product (id, handle, title, description, status, track_inventory)
    values (gen_random_uuid(), 'floor-' || gen_random_uuid(), 'Floor product', 'Written by bench/create-floor.sh', 'active', true)
    returning id),
  o as (insert into $schema.product_option (product_id, position, name, option_values) select id, 0, 'Size', '{S,M,L}' from p),
  v as (insert into $schema.product_variant (id, product_id, position, sku, option_values)
    select gen_random_uuid(), p.id, s.pos, 'FLOOR-' || gen_random_uuid(), array[s.size]::varchar(60)[]
    from p, (values (0, 'S'), (1, 'M'), (2, 'L')) s(pos, size) returning id),
  pr as (insert into $schema.variant_price (variant_id, currency, amount_minor) select v.id, c, 1500 from v, unnest(array['EUR', 'USD']) c),
  l as (insert into $schema.inventory_level (variant_id, location_id, on_hand) select v.id, '$location', 5 from v)
insert into rustok_events.outbox_event (id, tenant_id, type, schema_version, aggregate_type, aggregate_id,
    aggregate_version, occurred_at, correlation_id, payload, delivered_at)
select gen_random_uuid(), 'bench-001', 'floor.ProductCreated', 1, 'product', p.id, 1, now(), gen_random_uuid(), '{"floor": 1}', now() from p;
SQL
for sync in ${SYNC:-on off}; do
  for clients in ${CLIENTS:-1 4 16}; do
    PGOPTIONS="-c synchronous_commit=$sync" pgbench -h 127.0.0.1 -p "$pgport" -U postgres -n -M prepared \
      -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" -T "${SECONDS_EACH:-20}" -l --log-prefix="$work/log" -f "$work/create.sql" "$db" \
      | awk -v c="$clients" -v s="$sync" '/^tps/ {printf "synchronous_commit %s, %2d clients: %7.0f creations/s", s, c, $3}'
    cat "$work"/log.* | awk '{print $3}' | sort -n \
      | awk '{a[NR] = $1} END {printf ", p50 %.2f ms, p99 %.2f ms\n", a[int(NR * 0.5)] / 1000, a[int(NR * 0.99)] / 1000}'
    rm -f "$work"/log.*
  done
done
# what the floor wrote, so the shop's catalogue is as bench/gateway-bench.sh left it
psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d "$db" -c "delete from $schema.product where handle like 'floor-%'" \
  -c "delete from rustok_events.outbox_event where type = 'floor.ProductCreated'"
