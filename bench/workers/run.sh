#!/usr/bin/env bash
# Times the workers benchmark: the prime count on the main loop alone, then on a
# WorkerPool of 2, alternating, ROUNDS times; prints each pair's wall times (whole
# process, as `time` reports it) and their ratio. The machine should have 2 free cores.
#
#   go build -o /tmp/jsloop ./cmd/jsloop && bench/workers/run.sh /tmp/jsloop
#
# LIMIT (default 1000000) and CHUNKS (40) size the work; extra arguments after the
# binary are passed to it (e.g. nothing, or GOGC=... in the environment).
set -euo pipefail
bin=${1:?usage: run.sh path/to/jsloop}
here=$(cd "$(dirname "$0")" && pwd)
rounds=${ROUNDS:-5}
export LIMIT=${LIMIT:-1000000} CHUNKS=${CHUNKS:-40}
wall() { # prints the wall time of one whole run, in seconds
  local start end
  start=$(date +%s.%N)
  "$bin" -A "$here/primes.js" "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
for ((i = 1; i <= rounds; i++)); do
  s=$(wall single)
  p=$(wall pool 2)
  printf 'round %d: single %.2f s, pool of 2 %.2f s, ratio %.2f\n' "$i" "$s" "$p" "$(echo "$p / $s" | bc -l)"
done
