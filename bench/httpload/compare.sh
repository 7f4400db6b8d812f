#!/usr/bin/env bash
# compare.sh: hello-world throughput and latency of node's http.createServer, jsloop's
# serve(), serve() with --loops 2, jsloop's http.createServer and, as a yardstick, the
# same server written directly on Go's net/http (servers/gohello), measured in turns
# (ROUNDS rounds of D per server, all servers up the whole time) so that the noise of a
# shared machine hits them alike. Prints each measurement and the median of each.
#
#   bench/httpload/compare.sh [path/to/jsloop]     (ROUNDS=5 D=2s by default)
set -euo pipefail
cd "$(dirname "$0")"
JSLOOP=${1:-/tmp/jsloop}
ROUNDS=${ROUNDS:-5}
D=${D:-2s}
go build -o /tmp/httpload .
go build -o /tmp/httpload-gohello ./servers/gohello
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
node servers/node-http.js 8201 & pids+=($!)
"$JSLOOP" -A servers/serve.js 8202 & pids+=($!)
"$JSLOOP" -A --loops 2 servers/serve.js 8203 & pids+=($!)
"$JSLOOP" -A servers/node-http.js 8204 & pids+=($!)
/tmp/httpload-gohello 8205 & pids+=($!)
sleep 1
names=("node http" "jsloop serve" "jsloop serve --loops 2" "jsloop http" "go net/http (yardstick)")
out=$(mktemp)
for r in $(seq "$ROUNDS"); do
  for i in 0 1 2 3 4; do
    line=$(/tmp/httpload -c 64 -d "$D" -warmup 300ms "http://127.0.0.1:820$((i + 1))/")
    printf '%-24s %s\n' "${names[$i]}" "${line#*: }" | tee -a "$out"
  done
done
echo
echo "medians over $ROUNDS rounds:"
. ./medians.sh
print_medians "$out" '  %-24s %6s req/s   p50 %6s ms   p99 %6s ms\n' "${names[@]}" -- \
  '.* ([0-9]+) req\/s.*' '.*p50 ([0-9.]+) ms.*' '.*p99 ([0-9.]+) ms.*'
rm -f "$out"
