#!/usr/bin/env bash
# cpu.sh: the CPU time each hello-world server spends per request (user + system, from
# /proc/PID/stat), under the same load as compare.sh (64 keep-alive clients), one server
# at a time and in turns (ROUNDS rounds of D each). On a machine where the load
# generator shares the cores with the server, requests per second follow what the
# server spends per request, and this figure moves less from run to run than
# throughput does. Prints each measurement and the median of each server. Linux only.
#
#   bench/httpload/cpu.sh [path/to/jsloop]     (ROUNDS=3 D=3s by default)
set -euo pipefail
cd "$(dirname "$0")"
JSLOOP=${1:-/tmp/jsloop}
ROUNDS=${ROUNDS:-3}
D=${D:-3s}
go build -o /tmp/httpload .
go build -o /tmp/httpload-gohello ./servers/gohello
hz=$(getconf CLK_TCK)
names=("node http" "jsloop serve" "jsloop http" "go net/http (yardstick)")
cmds=("node servers/node-http.js" "$JSLOOP -A servers/serve.js" "$JSLOOP -A servers/node-http.js"
  "/tmp/httpload-gohello")
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
out=$(mktemp)
pid=
trap 'rm -f "$out"; [ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
port=8300
for r in $(seq "$ROUNDS"); do
  for i in "${!names[@]}"; do
    port=$((port + 1))
    ${cmds[$i]} "$port" >/dev/null 2>&1 &
    pid=$!
    sleep 0.7
    /tmp/httpload -c 64 -d 500ms "http://127.0.0.1:$port/" >/dev/null # warm up
    t0=$(cpu_ticks "$pid")
    line=$(/tmp/httpload -c 64 -d "$D" "http://127.0.0.1:$port/")
    t1=$(cpu_ticks "$pid")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
    n=$(echo "$line" | sed -E 's/.* ([0-9]+) ok.*/\1/')
    rps=$(echo "$line" | sed -E 's/.*: ([0-9]+) req\/s.*/\1/')
    us=$(awk -v t=$((t1 - t0)) -v hz="$hz" -v n="$n" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
    printf '%-24s %6s req/s  %5s us CPU/request\n' "${names[$i]}" "$rps" "$us" | tee -a "$out"
  done
done
echo
echo "medians over $ROUNDS rounds:"
. ./medians.sh
print_medians "$out" '  %-24s %6s req/s   %5s us CPU/request\n' "${names[@]}" -- \
  '.* ([0-9]+) req\/s.*' '.*req\/s +([0-9.]+) us.*'
