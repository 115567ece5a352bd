#!/usr/bin/env bash
# CPU time each process spends per request served, around one wrk run: on a machine shared with
# other work, throughput and latency measure the neighbours as much as the platform, while CPU
# seconds per request are the process's own. PIDS: the JVMs to account for ("name=pid ...");
# PGPID: the PostgreSQL postmaster (all its backends are summed).
#   PIDS="gateway=123 runtime=456" PGPID=789 bench/cpu-per-request.sh <wrk arguments>
set -euo pipefail
ticks=$(getconf CLK_TCK)
cpu() { # utime + stime of a process and its threads, in ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}
pg_cpu() {
  local total=0 pid
  for pid in $PGPID $(pgrep -P "$PGPID"); do total=$((total + $(cpu "$pid" 2>/dev/null || echo 0))); done
  echo $total
}
declare -A before
for entry in $PIDS; do before[$entry]=$(cpu "${entry#*=}"); done
pg_before=$( [[ -n ${PGPID:-} ]] && pg_cpu || echo 0)
out=$(wrk "$@")
echo "$out"
requests=$(echo "$out" | awk '/requests in/ {print $1}')
for entry in $PIDS; do
  used=$(( $(cpu "${entry#*=}") - ${before[$entry]} ))
  awk -v n="${entry%%=*}" -v t="$used" -v hz="$ticks" -v r="$requests" \
    'BEGIN {printf "cpu per request: %-10s %.3f ms (%.1f s over %d requests)\n", n, 1000 * t / hz / r, t / hz, r}'
done
if [[ -n ${PGPID:-} ]]; then
  awk -v t="$(( $(pg_cpu) - pg_before ))" -v hz="$ticks" -v r="$requests" \
    'BEGIN {printf "cpu per request: %-10s %.3f ms (%.1f s over %d requests)\n", "postgres", 1000 * t / hz / r, t / hz, r}'
fi
