#!/usr/bin/env bash
# The gateway's own cost per request (issue 15's "gateway ≥ 75 % of direct"): one gateway (a data
# member of a Hazelcast cluster of its own, "gateway-alone", :5911) in front of the bare Netty
# server (bench/NettyHello.java), so nothing but the gateway works for a shop's list request. The
# routes of shops bench-001 .. bench-$SHOPS are published by bench/PublishRoutes.java. Prints, per
# row, req/s, p50, p99 and the gateway's CPU per request. A/B a change by running it with each jar:
#   JAR=gateway/target/gateway-0.1.0-SNAPSHOT.jar ROUNDS=2 WARMUP=60s bench/gateway-alone.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=${JAR:-$root/gateway/target/gateway-0.1.0-SNAPSHOT.jar}
shops=${SHOPS:-200} rounds=${ROUNDS:-2} duration=${DURATION:-20s} connections=${CONNECTIONS:-64}
logs=${LOGS:-$root/target/gateway-alone}
run_nice=(nice -n "${NICE:--5}")
export SPRING_PROFILES_ACTIVE=dev RUSTOK_GATEWAY_SECRET=${RUSTOK_GATEWAY_SECRET:-gateway-alone-$RANDOM$RANDOM}
mkdir -p "$logs"
pids=()
stop() { [[ ${KEEP:-0} == 1 ]] && { echo "running: ${pids[*]}"; return; }; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT
netty_cp=$(for a in common buffer transport codec-base codec-http handler resolver transport-native-unix-common; do
  ls ~/.m2/repository/io/netty/netty-$a/4.2.*/netty-$a-4.2.*.Final.jar | sort -V | tail -1; done | paste -sd:)
"${run_nice[@]}" nohup "$java" -XX:+UseG1GC -Xms256m -Xmx256m -cp "$netty_cp" "$here/NettyHello.java" 8399 "${BODY:-5063}" \
  > "$logs/netty.log" 2>&1 &
pids+=($!); netty_pid=$!
"${run_nice[@]}" nohup "$java" -XX:+UseG1GC -Xms1g -Xmx1g ${GATEWAY_JVM_FLAGS:-} -jar "$jar" --server.port=8390 \
  --management.server.port=9390 --rustok.cluster.name=gateway-alone --rustok.cluster.port=5911 \
  --rustok.cluster.members=127.0.0.1:5911,127.0.0.1:5912 --rustok.cluster.role=data \
  --rustok.keycloak.url=http://127.0.0.1:1 --rustok.platform.domain=localhost \
  --rustok.gateway.control-plane-url=http://127.0.0.1:1 --rustok.gateway.runtime-urls=http://127.0.0.1:8399 \
  --rustok.gateway.runtime-health-urls=http://127.0.0.1:8399/actuator/health \
  --rustok.billing.plans.enterprise.storefront-requests-per-minute=100000000 \
  --rustok.billing.plans.enterprise.burst-per-second=1000000 \
    --rustok.gateway.rate-limits.anonymous-per-minute=100000000 --rustok.gateway.rate-limits.anonymous-burst-per-second=1000000 ${GATEWAY_ARGS:-} > "$logs/gateway.log" 2>&1 &
pids+=($!); gateway_pid=$!
until curl -sf http://127.0.0.1:9390/actuator/health > /dev/null; do sleep 1; done
"$java" -cp "$(ls ~/.m2/repository/com/hazelcast/hazelcast/5.7.0/hazelcast-5.7.0.jar):$root/control-plane/control-plane-api/target/classes" \
  "$here/PublishRoutes.java" gateway-alone 5912 127.0.0.1:5911 "$shops" 2>&1 | grep -v WARN
list="/api/store/products?limit=20"
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Host: bench-001.localhost:8080' "http://127.0.0.1:8390$list") == 200 ]]; do sleep 1; done
run() { # title, wrk arguments...
  local title=$1; shift
  echo "### $title ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  PIDS="gateway=$gateway_pid" "${run_nice[@]}" "$here/cpu-per-request.sh" -t2 --latency --timeout 10s "$@" \
    | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|cpu per"
}
SHOPS=$shops wrk -t2 -c"$connections" -d"${WARMUP:-60s}" -s "$here/hosts.lua" "http://127.0.0.1:8390$list" > /dev/null
for ((round = 1; round <= rounds; round++)); do
  SHOPS=$shops run "round $round: $shops shops through the gateway to bare Netty, $connections connections" \
    -c"$connections" -d"$duration" -s "$here/hosts.lua" "http://127.0.0.1:8390$list"
done
echo "gateway rss $(( $(ps -o rss= -p "$gateway_pid") / 1024 )) MB, pid $gateway_pid"
