#!/usr/bin/env bash
# The issue 12 / 15 load runs in one go, against a platform set up as bench/README.md says:
# gateway on :$GATEWAY, one runtime node on :$NODE, demo shop with 1,000 products on enterprise,
# shops bench-NNN for the spread run. Prints wrk's output, CPU per request and RSS per process.
#   GATEWAY_PID=.. NODE_PID=.. PGPID=.. RUSTOK_GATEWAY_SECRET=.. SHOPS=200 [SKIP="bench-031"] bench/run-all.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gateway=http://127.0.0.1:${GATEWAY:-8090}
node=http://127.0.0.1:${NODE:-8084}
host="Host: demo.localhost:8080"
list="/api/store/products?limit=20"
handle="/api/store/products/bench-product-500"
page="/products/bench-product-500"
duration=${DURATION:-20s}
export PIDS="gateway=$GATEWAY_PID runtime=$NODE_PID" PGPID TENANT=${TENANT:-demo} RUSTOK_GATEWAY_SECRET

run() { # title, wrk arguments...
  local title=$1; shift
  echo "### $title ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  "$here/cpu-per-request.sh" -t2 --latency "$@" | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|cpu per|requests in"
}
warm() { wrk -t2 -c64 -d"${WARMUP:-10s}" "$@" > /dev/null; }

warm -H "$host" "$gateway$list"
for c in 50 64; do run "list of 20, gateway, $c connections" -c$c -d$duration -H "$host" "$gateway$list"; done
warm -s "$here/signed.lua" "$node"
for c in 50 64; do TARGETS=$list run "list of 20, direct to one node (signed), $c connections" -c$c -d$duration \
  -s "$here/signed.lua" "$node"; done
warm -H "$host" "$gateway$handle"
for c in 50 64; do run "product by handle, gateway, $c connections" -c$c -d$duration -H "$host" "$gateway$handle"; done
TARGETS=$handle run "product by handle, direct (signed), 64 connections" -c64 -d$duration -s "$here/signed.lua" "$node"
warm -H "$host" "$gateway$page"
for c in 50 64; do run "product page (HTML), gateway, $c connections" -c$c -d$duration -H "$host" "$gateway$page"; done
TARGETS=$page run "product page (HTML), direct (signed), 64 connections" -c64 -d$duration -s "$here/signed.lua" "$node"

token=$(curl -s -d grant_type=password -d client_id=rustok-dev-cli -d username=owner@demo.example \
  -d password=demo-owner-password http://127.0.0.1:8180/realms/tenant-demo/protocol/openid-connect/token \
  | python3 -c "import json,sys; print(json.load(sys.stdin)['access_token'])")
TOKEN=$token wrk -t2 -c16 -d10s -s "$here/create-product.lua" "$gateway" > /dev/null
TOKEN=$token run "create product, gateway and one node, 16 connections" -c16 -d$duration \
  -s "$here/create-product.lua" "$gateway"

# one shop against the same load spread over SHOPS shops (minus SKIP), interleaved, in blocks
spread=$(( SHOPS - $(wc -w <<< "${SKIP:-}") ))
warm -s "$here/hosts.lua" "$gateway$list"
for round in 1 2 3; do
  run "round $round: one shop, gateway, 64 connections" -c64 -d15s -H "$host" "$gateway$list"
  run "round $round: $spread shops (Host rotating), gateway, 64 connections" -c64 -d15s \
    -s "$here/hosts.lua" "$gateway$list"
done

echo "### RSS after the runs (kB)"
ps -o pid,rss,args -p "$GATEWAY_PID,$NODE_PID" | cut -c1-120
