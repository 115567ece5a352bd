#!/usr/bin/env bash
# Issue 14's checkout benchmark: shoppers buying at once through the gateway, as guests, with the
# manual provider (bench/CheckoutBench.java: new cart, add to cart, address, shipping, completion).
# Runs against the node (:8284) and gateway (:8290) that bench/gateway-bench.sh leaves running with
# KEEP=1, on its database (shop bench-001, 1,000 products x 3 variants, EUR and USD):
#   KEEP=1 SHOPS=1 ROUNDS=0 WARMUP=1s bench/gateway-bench.sh    # once; prints the pids it leaves
#   SHOPPERS="1 16 64" WARMUP=60 SECONDS=30 bench/checkout-bench.sh
# Each row prints the driver's figures, the CPU each process spent per order (the whole run,
# warm-up included, over every order placed) and the load average.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
db=${DB:-gateway_bench} pgport=${DB_PORT:-5432} schema=${SCHEMA:-t_bench_001}
psql=(psql -q -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -d "$db")
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
pid_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
node_pid=$(pid_on 8284) gateway_pid=$(pid_on 8290)
[[ -n $node_pid && -n $gateway_pid ]] || { echo "no node on :8284 or gateway on :8290: run bench/gateway-bench.sh with KEEP=1 first"; exit 1; }
pgpid=$(head -1 "$(psql -h 127.0.0.1 -p "$pgport" -U postgres -Atc 'show data_directory')/postmaster.pid")

# what a merchant sets up before selling: a flat shipping rate, German VAT, and stock that lasts
# the run (the bench must measure checkout, not "sold out")
"${psql[@]}" <<SQL
set search_path to $schema;
insert into shipping_method (code, name, kind, currency, rate_minor) values ('STANDARD', 'Standard', 'flat', 'EUR', 490)
  on conflict (code) do nothing;
insert into tax_rate (region, basis_points, inclusive) values ('DE', 1900, true) on conflict (region) do nothing;
update inventory_level set on_hand = 10000000;
SQL
variants=$(mktemp)
"${psql[@]}" -At -c "select v.id from $schema.product_variant v join $schema.product p on p.id = v.product_id
  where p.status = 'active'" > "$variants"
echo "$(wc -l < "$variants") variants to buy from; orders so far: $("${psql[@]}" -At -c "select count(*) from $schema.order_header")"

ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_cpu() { local total=0 pid; for pid in $pgpid $(pgrep -P "$pgpid"); do total=$((total + $(cpu "$pid" 2>/dev/null || echo 0))); done; echo $total; }
for shoppers in ${SHOPPERS:-1 16 64}; do
  echo "### $shoppers shoppers ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  g0=$(cpu "$gateway_pid") n0=$(cpu "$node_pid") p0=$(pg_cpu)
  out=$(nice -n "${NICE:--5}" "$java" -Djdk.httpclient.allowRestrictedHeaders=host "$here/CheckoutBench.java" \
    http://127.0.0.1:8290 bench-001.localhost:8080 "$variants" "$shoppers" "${WARMUP:-60}" "${SECONDS_MEASURED:-30}")
  echo "$out"
  orders=$(echo "$out" | grep -o 'orders in all [0-9]*' | grep -o '[0-9]*$')
  awk -v g=$(( $(cpu "$gateway_pid") - g0 )) -v n=$(( $(cpu "$node_pid") - n0 )) -v p=$(( $(pg_cpu) - p0 )) -v hz="$ticks" -v o="$orders" \
    'BEGIN {printf "cpu per order (5 requests): gateway %.2f ms, runtime %.2f ms, postgres %.2f ms\n", 1000*g/hz/o, 1000*n/hz/o, 1000*p/hz/o}'
done
echo "rss: runtime $(( $(ps -o rss= -p "$node_pid") / 1024 )) MB, gateway $(( $(ps -o rss= -p "$gateway_pid") / 1024 )) MB"
rm -f "$variants"
