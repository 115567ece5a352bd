#!/usr/bin/env bash
# The storefront read path of DESIGN §6 in one run (issues 12, 13 and 15): a bare Netty server
# (the ceiling of this box), one runtime node directly (every request signed as the gateway signs
# it), the same node through a bare Netty proxy that only signs (bench/NettyProxy.java, the floor
# of any gateway: docs/adr/0122) and through one gateway, for one shop and spread over $SHOPS shops
# (the Host rotating). One runtime node (data member, :8284, storefront cache on) and one gateway (lite
# member, :8290) in a Hazelcast cluster of their own ("gateway-bench", :5901-:5903), on a database
# of their own. Shop bench-001 is made in SQL (tenant migrations + bench/seed-catalog.sql), its
# product documents built by the node's reindex, then its schema copied to bench-002 ..; routes
# are published by bench/PublishRoutes.java (no Keycloak realm: the storefront's reads need none).
#   DB_PORT=5432 SHOPS=200 ROUNDS=3 DURATION=20s bench/gateway-bench.sh
# Each row prints req/s, p50, p99, the CPU per request of each process and the load average.
# SETUP=0 reuses the database; KEEP=1 leaves the JVMs running; PAGES=1 adds the product by handle and
# the product page; NICE (default -5) runs the
# measured processes and wrk ahead of whatever else the machine runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shops=${SHOPS:-200} products=${PRODUCTS:-1000} rounds=${ROUNDS:-3} duration=${DURATION:-20s}
db=${DB:-gateway_bench} pgport=${DB_PORT:-5432}
psql=(psql -q -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
flags=(-XX:+UseG1GC -Xms1g -Xmx1g ${EXTRA_JVM_FLAGS:-})
gateway_flags=(-XX:+UseG1GC -Xms1g -Xmx1g ${GATEWAY_JVM_FLAGS:-${EXTRA_JVM_FLAGS:-}})
run_nice=(nice -n "${NICE:--5}")
logs=${LOGS:-$root/target/gateway-bench}
members=127.0.0.1:5901,127.0.0.1:5902,127.0.0.1:5903
export SPRING_PROFILES_ACTIVE=dev RUSTOK_GATEWAY_SECRET=${RUSTOK_GATEWAY_SECRET:-gateway-bench-$RANDOM$RANDOM}
mkdir -p "$logs"
pids=()
stop() { [[ ${KEEP:-0} == 1 ]] && { echo "running: ${pids[*]}"; return; }; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT

schema_of() { printf 't_bench_%03d' "$1"; }
if [[ ${SETUP:-1} == 1 ]]; then
  "${psql[@]}" -d postgres -c "drop database if exists $db" -c "create database $db"
  { echo "create schema $(schema_of 1); set search_path to $(schema_of 1);"
    ls "$root"/tenant-runtime/tenant-schema/src/main/resources/db/tenant/V*.sql | sort -V | xargs cat; } \
    | "${psql[@]}" -d "$db" -1 > /dev/null
  "${psql[@]}" -d "$db" -v schema="$(schema_of 1)" -v products="$products" -f "$here/seed-catalog.sql" > /dev/null
fi

node() { # name, http port, management port, cluster port
  "${run_nice[@]}" nohup "$java" "${flags[@]}" -jar "$root/tenant-runtime/runtime-app/target/runtime-app-0.1.0-SNAPSHOT.jar" \
    --server.port="$2" --management.server.port="$3" --rustok.cluster.name=gateway-bench \
    --rustok.cluster.port="$4" --rustok.cluster.members=$members \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/$db" --spring.datasource.username=postgres \
    --rustok.keycloak.url=http://127.0.0.1:1 > "$logs/$1.log" 2>&1 &
  pids+=($!); echo "$1 :$2 pid $!"
}
gateway() { # name, http port, management port, cluster port, runtime port, runtime management port
  "${run_nice[@]}" nohup "$java" "${gateway_flags[@]}" -jar "$root/gateway/target/gateway-0.1.0-SNAPSHOT.jar" --server.port="$2" \
    --management.server.port="$3" --rustok.cluster.name=gateway-bench --rustok.cluster.port="$4" \
    --rustok.cluster.members=$members --rustok.cluster.role=lite \
    --rustok.keycloak.url=http://127.0.0.1:1 --rustok.platform.domain=localhost \
    --rustok.gateway.control-plane-url=http://127.0.0.1:1 --rustok.gateway.runtime-urls="http://127.0.0.1:$5" \
    --rustok.gateway.runtime-health-urls="http://127.0.0.1:$6/actuator/health" \
    --rustok.billing.plans.enterprise.storefront-requests-per-minute=100000000 \
    --rustok.billing.plans.enterprise.burst-per-second=1000000 \
    --rustok.gateway.rate-limits.anonymous-per-minute=100000000 --rustok.gateway.rate-limits.anonymous-burst-per-second=1000000 ${GATEWAY_ARGS:-} > "$logs/$1.log" 2>&1 &
  pids+=($!); echo "$1 :$2 pid $!"
}
netty_cp=$(for a in common buffer transport codec-base codec-http handler resolver transport-native-unix-common; do
  ls ~/.m2/repository/io/netty/netty-$a/4.2.*/netty-$a-4.2.*.Final.jar | sort -V | tail -1; done | paste -sd:)

node node 8284 9284 5901
node_pid=${pids[0]}
until curl -sf "http://127.0.0.1:9284/actuator/health" > /dev/null; do sleep 1; done
publish() {
  "$java" -cp "$(ls ~/.m2/repository/com/hazelcast/hazelcast/5.7.0/hazelcast-5.7.0.jar):$root/control-plane/control-plane-api/target/classes" \
    "$here/PublishRoutes.java" gateway-bench 5903 $members "$1" 2>&1 | grep -v WARN
}
if [[ ${SETUP:-1} == 1 ]]; then
  publish 1
  # the documents of shop 1 through the node's own reindex (docs/adr/0066), then copies of that
  # schema for the others: 200 reindexes of the same products would take the better part of an hour
  curl -sf -X POST "http://127.0.0.1:9284/actuator/reindex" > /dev/null
  until curl -sf "http://127.0.0.1:9284/actuator/reindex" | grep -q '"state":"done"'; do sleep 2; done
  "${psql[@]}" -d "$db" -t -c "select count(*) || ' documents in shop 1' from $(schema_of 1).read_product"
  started=$(date +%s)
  dump=$(mktemp); pg_dump -h 127.0.0.1 -p "$pgport" -U postgres -n "$(schema_of 1)" --no-owner "$db" > "$dump"
  for ((i = 2; i <= shops; i++)); do
    sed "s/$(schema_of 1)/$(schema_of "$i")/g" "$dump" | "${psql[@]}" -d "$db" > /dev/null
    printf '\rcopied %d/%d shops' "$i" "$shops"
  done
  rm -f "$dump"; echo " in $(( $(date +%s) - started )) s"
fi
publish "$shops"
gateway gateway 8290 9290 5902 8284 9284
gateway_pid=${pids[1]}
"${run_nice[@]}" nohup "$java" -XX:+UseG1GC -Xms256m -Xmx256m -cp "$netty_cp" "$here/NettyHello.java" 8299 \
  "$(curl -s -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8284/api/store/products?limit=20" -o /dev/null -w '%{size_download}' || echo 4000)" \
  > "$logs/netty.log" 2>&1 &
pids+=($!); netty_pid=$!
# the floor of any gateway: a bare Netty proxy that only signs (bench/NettyProxy.java)
RUSTOK_GATEWAY_SECRET=$RUSTOK_GATEWAY_SECRET "${run_nice[@]}" nohup "$java" -XX:+UseG1GC -Xms256m -Xmx256m -cp "$netty_cp" \
  "$here/NettyProxy.java" 8298 8284 > "$logs/netty-proxy.log" 2>&1 &
pids+=($!); proxy_pid=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290/api/store/products?limit=20") == 200 ]]; do sleep 1; done
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8298/api/store/products?limit=20") == 200 ]]; do sleep 1; done
until curl -sf http://127.0.0.1:8299/ > /dev/null; do sleep 1; done
pgpid=$(head -1 "$(psql -h 127.0.0.1 -p "$pgport" -U postgres -Atc 'show data_directory')/postmaster.pid" 2>/dev/null || pgrep -o postgres)
tenant=$(curl -s -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290/api/store/products?limit=1" -o /dev/null; echo bench-001)

list="/api/store/products?limit=20"
size=$(curl -s -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290$list" | wc -c)
echo "list page: $size bytes, $(curl -s -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290$list" | grep -o '"handle"' | wc -l) products"
run() { # title, accounted processes ("name=pid ..."), wrk arguments...
  local title=$1 accounted=$2; shift 2
  echo "### $title ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  PIDS=$accounted PGPID=$pgpid "${run_nice[@]}" "$here/cpu-per-request.sh" -t2 --latency --timeout 10s "$@" \
    | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|cpu per|requests in"
}
connections=${CONNECTIONS:-64}
# a long warm-up: on two busy cores C2 needs minutes for the gateway's deep reactive chains (a
# gateway after 15 s of load spent 1.4 ms of CPU per request, the same build after 8 minutes 0.6)
warm() { wrk -t2 -c"$connections" -d"${WARMUP:-60s}" "$@" > /dev/null; }
warm -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290$list"
SHOPS=$shops warm -s "$here/hosts.lua" "http://127.0.0.1:8290$list"
RUSTOK_GATEWAY_SECRET=$RUSTOK_GATEWAY_SECRET TENANT=$tenant TARGETS=$list warm -s "$here/signed.lua" http://127.0.0.1:8284
warm http://127.0.0.1:8299/
warm -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8298$list"
for ((round = 1; round <= rounds; round++)); do
  run "round $round: bare Netty hello, $connections connections" "netty=$netty_pid" -c"$connections" -d"$duration" http://127.0.0.1:8299/
  TENANT=$tenant TARGETS=$list run "round $round: list of 20, one shop, directly to the node (signed), $connections connections" \
    "runtime=$node_pid" -c"$connections" -d"$duration" -s "$here/signed.lua" http://127.0.0.1:8284
  run "round $round: list of 20, one shop, through a bare Netty proxy that signs, $connections connections" \
    "proxy=$proxy_pid runtime=$node_pid" -c"$connections" -d"$duration" -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8298$list"
  run "round $round: list of 20, one shop, through the gateway, $connections connections" "gateway=$gateway_pid runtime=$node_pid" \
    -c"$connections" -d"$duration" -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290$list"
  SHOPS=$shops run "round $round: list of 20, $shops shops, through the gateway, $connections connections" \
    "gateway=$gateway_pid runtime=$node_pid" -c"$connections" -d"$duration" -s "$here/hosts.lua" "http://127.0.0.1:8290$list"
done
# issue 12's other reads, one shop through the gateway (PAGES=1): the product as JSON by its handle
# and the product page (server-rendered HTML)
if [[ ${PAGES:-0} == 1 ]]; then
  for target in /api/store/products/bench-product-500 /products/bench-product-500; do
    warm -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290$target"
    run "$target, one shop, through the gateway, $connections connections" "gateway=$gateway_pid runtime=$node_pid" \
      -c"$connections" -d"$duration" -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8290$target"
  done
fi
for pid in "${pids[@]}"; do echo "rss $(( $(ps -o rss= -p "$pid") / 1024 )) MB pid $pid $(ps -o args= -p "$pid" | grep -o '[a-z-]*-0.1.0-SNAPSHOT.jar\|NettyHello\|NettyProxy')"; done
