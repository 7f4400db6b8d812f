// The CPU-bound work of the workers benchmark: count the primes in [from, to) by trial
// division. Shared by the single-loop run and the worker (see primes.js).
function countPrimes(from, to) {
  let count = 0;
  for (let n = Math.max(from, 2); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) { prime = false; break; }
    }
    if (prime) count++;
  }
  return count;
}
module.exports = { countPrimes };
