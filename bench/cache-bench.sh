#!/usr/bin/env bash
# Issue 13's storefront cache, measured in one run (docs/adr/0067, docs/benchmarks.md): the same
# runtime jar twice, node A reading through the storefront cache (:8184) and node B without it
# (:8185, rustok.storefront.cache.enabled=false), each behind its own gateway (:8190 -> A,
# :8191 -> B), in a Hazelcast cluster of their own ("cache-bench", members :5801-:5805) on a
# database of their own. Shops bench-001 .. bench-$SHOPS are made in SQL (the tenant migrations,
# then bench/seed-catalog.sql with $PRODUCTS products) and their routes published into the
# cluster by bench/PublishRoutes.java: no Keycloak realm, the storefront's reads need none. The
# runs alternate A and B so both see the same neighbours; each prints req/s, p50, p99, the CPU
# per request of each JVM and the load average.
#   set -a; source /work/services.env; set +a   # RUSTOK_DB_URL (a PostgreSQL we may create a database on)
#   SHOPS=200 PRODUCTS=1000 ROUNDS=2 DURATION=20s bench/cache-bench.sh
# KEEP=1 leaves the JVMs running (their PIDs are printed); SETUP=0 reuses the database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shops=${SHOPS:-200} products=${PRODUCTS:-1000} rounds=${ROUNDS:-2} duration=${DURATION:-20s}
db=${DB:-cache_bench}
pgport=$(echo "${RUSTOK_DB_URL:?source /work/services.env}" | sed -E 's#.*://[^:]+:([0-9]+)/.*#\1#')
psql=(psql -q -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
flags=(-XX:+UseG1GC -Xms1g -Xmx1g ${EXTRA_JVM_FLAGS:-})
logs=${LOGS:-$root/target/cache-bench}
members=127.0.0.1:5801,127.0.0.1:5802,127.0.0.1:5803,127.0.0.1:5804,127.0.0.1:5805
export SPRING_PROFILES_ACTIVE=dev RUSTOK_GATEWAY_SECRET=${RUSTOK_GATEWAY_SECRET:-cache-bench-$RANDOM$RANDOM}
mkdir -p "$logs"
pids=()
stop() { [[ ${KEEP:-0} == 1 ]] && { echo "running: ${pids[*]}"; return; }; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT

if [[ ${SETUP:-1} == 1 ]]; then
  "${psql[@]}" -d postgres -c "drop database if exists $db" -c "create database $db"
  started=$(date +%s)
  for ((i = 1; i <= shops; i++)); do
    schema=$(printf 't_bench_%03d' "$i")
    { echo "create schema $schema; set search_path to $schema;"
      cat "$root"/tenant-runtime/tenant-schema/src/main/resources/db/tenant/V*.sql; } | "${psql[@]}" -d "$db" -1 > /dev/null
    "${psql[@]}" -d "$db" -v schema="$schema" -v products="$products" -f "$here/seed-catalog.sql" > /dev/null
  done
  echo "made $shops shops of $products products in $(( $(date +%s) - started )) s"
fi

node() { # name, http port, management port, cluster port, extra arguments
  nohup "$java" "${flags[@]}" -jar "$root/tenant-runtime/runtime-app/target/runtime-app-0.1.0-SNAPSHOT.jar" \
    --server.port="$2" --management.server.port="$3" --rustok.cluster.name=cache-bench \
    --rustok.cluster.port="$4" --rustok.cluster.members=$members \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/$db" --spring.datasource.username=postgres \
    --rustok.keycloak.url="${RUSTOK_KEYCLOAK_URL:-http://127.0.0.1:8180}" "${@:5}" > "$logs/$1.log" 2>&1 &
  pids+=($!); echo "$1 :$2 pid $!"
}
gateway() { # name, http port, management port, cluster port, runtime port, runtime management port
  nohup "$java" "${flags[@]}" -jar "$root/gateway/target/gateway-0.1.0-SNAPSHOT.jar" --server.port="$2" \
    --management.server.port="$3" --rustok.cluster.name=cache-bench --rustok.cluster.port="$4" \
    --rustok.cluster.members=$members --rustok.cluster.role=lite \
    --rustok.keycloak.url="${RUSTOK_KEYCLOAK_URL:-http://127.0.0.1:8180}" --rustok.platform.domain=localhost \
    --rustok.gateway.control-plane-url=http://127.0.0.1:1 --rustok.gateway.runtime-urls="http://127.0.0.1:$5" \
    --rustok.gateway.runtime-health-urls="http://127.0.0.1:$6/actuator/health" \
    --rustok.billing.plans.enterprise.storefront-requests-per-minute=100000000 \
    --rustok.billing.plans.enterprise.burst-per-second=1000000 > "$logs/$1.log" 2>&1 &
  pids+=($!); echo "$1 :$2 pid $!"
}
node node-a 8184 9184 5801
node node-b 8185 9185 5802 --rustok.storefront.cache.enabled=false
node_a=${pids[0]} node_b=${pids[1]}
for port in 9184 9185; do until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 1; done; done
gateway gateway-a 8190 9190 5803 8184 9184
gateway gateway-b 8191 9191 5804 8185 9185
gateway_a=${pids[2]} gateway_b=${pids[3]}
"$java" -cp "$(ls ~/.m2/repository/com/hazelcast/hazelcast/5.7.0/hazelcast-5.7.0.jar):$root/control-plane/control-plane-api/target/classes" \
  "$here/PublishRoutes.java" cache-bench 5805 $members "$shops"
for port in 8190 8191; do
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:$port/api/store/products?limit=20") == 200 ]]; do sleep 1; done
done
pgpid=$(pgrep -o -f "postgres.*$pgport" || pgrep -o postgres)

list="/api/store/products?limit=20"
handle="/api/store/products/bench-product-500"
run() { # title, node pid, gateway pid, wrk arguments...
  local title=$1 node=$2 gw=$3; shift 3
  echo "### $title ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  local accounted="runtime=$node"; [[ $gw != - ]] && accounted="gateway=$gw $accounted"
  # a 10 s timeout: with wrk's default 2 s, a loaded machine's p99 is cut at 2 s
  PIDS=$accounted PGPID=$pgpid "$here/cpu-per-request.sh" -t2 --latency --timeout "${WRK_TIMEOUT:-10s}" "$@" \
    | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|cpu per|requests in"
}
for url in "http://127.0.0.1:8190" "http://127.0.0.1:8191"; do # warm-up: JIT, pools, caches
  wrk -t2 -c64 -d"${WARMUP:-10s}" -H 'Host: bench-001.localhost:8080' "$url$list" > /dev/null
  SHOPS=$shops wrk -t2 -c64 -d"${WARMUP:-10s}" -s "$here/hosts.lua" "$url$list" > /dev/null
done
for ((round = 1; round <= rounds; round++)); do
  for side in a b; do
    if [[ $side == a ]]; then url=http://127.0.0.1:8190 node=$node_a gw=$gateway_a what="cached (A)";
    else url=http://127.0.0.1:8191 node=$node_b gw=$gateway_b what="uncached (B)"; fi
    run "round $round, list of 20, one shop, gateway, $what, 64 connections" "$node" "$gw" -c64 -d"$duration" \
      -H 'Host: bench-001.localhost:8080' "$url$list"
    SHOPS=$shops run "round $round, list of 20, $shops shops, gateway, $what, 64 connections" "$node" "$gw" \
      -c64 -d"$duration" -s "$here/hosts.lua" "$url$list"
  done
done
for side in a b; do
  if [[ $side == a ]]; then url=http://127.0.0.1:8190 node=$node_a gw=$gateway_a what="cached (A)";
  else url=http://127.0.0.1:8191 node=$node_b gw=$gateway_b what="uncached (B)"; fi
  run "product by handle, one shop, gateway, $what, 64 connections" "$node" "$gw" -c64 -d"$duration" \
    -H 'Host: bench-001.localhost:8080' "$url$handle"
done
for side in 8184 8185; do
  node=$([[ $side == 8184 ]] && echo "$node_a" || echo "$node_b")
  TENANT=bench-001 TARGETS=$list run "list of 20, one shop, directly to node :$side (signed), 64 connections" \
    "$node" - -c64 -d"$duration" -s "$here/signed.lua" "http://127.0.0.1:$side"
done
for pid in "${pids[@]}"; do echo "rss $(ps -o rss= -p "$pid") kB pid $pid"; done
