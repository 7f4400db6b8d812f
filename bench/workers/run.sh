#!/usr/bin/env bash
# Times the workers benchmark: the prime count on the main loop alone, then on a
# WorkerPool of 2, alternating, ROUNDS times; prints each pair's wall and CPU times
# (whole process, as `time` reports them), the ratio of the wall times, and a control:
# two single runs at once, against one. The machine should have 2 free cores (control
# near 1.0).
#
#   go build -o /tmp/jsloop ./cmd/jsloop && bench/workers/run.sh /tmp/jsloop
#
# LIMIT (default 1000000) and CHUNKS (40) size the work; ROUNDS (5) repeats it.
set -euo pipefail
bin=${1:?usage: run.sh path/to/jsloop}
here=$(cd "$(dirname "$0")" && pwd)
rounds=${ROUNDS:-5}
export LIMIT=${LIMIT:-1000000} CHUNKS=${CHUNKS:-40}
# run prints the wall and CPU (user) seconds of one whole run, as bash's time does.
run() {
  local TIMEFORMAT='%R %U'
  { time "$bin" -A "$here/primes.js" "$@" >/dev/null; } 2>&1
}
# pair prints the wall seconds of two single runs side by side (two processes): the
# control that says whether the machine really has two free cores at the moment (then
# it is close to one single run's time; on a busy machine it is up to twice as long).
pair() {
  local TIMEFORMAT='%R'
  { time { "$bin" -A "$here/primes.js" single >/dev/null & "$bin" -A "$here/primes.js" single >/dev/null; wait; }; } 2>&1
}
for ((i = 1; i <= rounds; i++)); do
  read -r s su < <(run single)
  read -r p pu < <(run pool 2)
  c=$(pair)
  printf 'round %d: single %.2f s (cpu %.2f s), pool of 2 %.2f s (cpu %.2f s), ratio %.2f; control: 2 singles at once %.2f\n' \
    "$i" "$s" "$su" "$p" "$pu" "$(echo "$p / $s" | bc -l)" "$(echo "$c / $s" | bc -l)"
done
