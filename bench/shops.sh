#!/usr/bin/env bash
# Signs up shops bench-001 .. bench-<count> through the control plane's signup API (real
# provisioning: schema and migrations, Keycloak realm, route), PARALLEL at a time, then seeds each
# with bench/seed-catalog.sql (1,000 products). Prints each shop's provisioning time.
#   PGPORT=<embedded PostgreSQL port> bench/shops.sh 200 [first]
# The embedded PostgreSQL's port is in `./rustok dev`'s first progress line.
set -euo pipefail
count=${1:?number of shops}
first=${2:-1}
parallel=${PARALLEL:-3}
control_plane=${CONTROL_PLANE:-http://127.0.0.1:8081}
here=$(cd "$(dirname "$0")" && pwd)

shop() {
  local slug=$1 started status
  started=$(date +%s.%N)
  status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"shopName\":\"Bench $slug\",\"slug\":\"$slug\",\"ownerEmail\":\"owner@$slug.example\",\"password\":\"Bench-password-1\"}" \
    "$control_plane/api/signup")
  [[ $status == 202 ]] || { echo "$slug: signup answered $status" >&2; return 1; }
  until curl -s "$control_plane/api/signup/$slug" | grep -q '"ACTIVE"'; do
    curl -s "$control_plane/api/signup/$slug" | grep -q '"FAILED"' && { echo "$slug: FAILED" >&2; return 1; }
    sleep 0.5
  done
  printf '%s provisioned in %.1f s\n' "$slug" "$(echo "$(date +%s.%N) - $started" | bc)"
  psql -q -h 127.0.0.1 -p "${PGPORT:?}" -U postgres -d rustok_dev -v schema="t_${slug//-/_}" -v products=1000 \
    -f "$here/seed-catalog.sql" > /dev/null
}
export -f shop
export control_plane here

seq -f 'bench-%03g' "$first" $((first + count - 1)) | xargs -P "$parallel" -I{} bash -c 'shop {}'
