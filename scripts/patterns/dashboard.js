// dashboard.js: load a user dashboard from three services at once.
//
// The pattern: fan out to independent services, then either fail fast or render what
// you have.
//   - Promise.all fails fast: it rejects with the first error, without waiting for the
//     other answers (Python: asyncio.gather(...); Java: CompletableFuture.allOf(...).join()).
//   - Promise.allSettled waits for every answer and tells you, for each, whether it
//     worked (Python: asyncio.gather(..., return_exceptions=True); Java: allOf, then
//     inspect each future with isCompletedExceptionally()).
//
// The services are simulated with timers (user 30 ms, orders 20 ms, recommendations
// 10 ms). First all three succeed and Promise.all gathers them; then the
// recommendations service is down: Promise.all fails fast with the first error, while
// Promise.allSettled waits for every answer and lets the page render what it has.
//
// What to watch in the output: when the recommendations fail, "failed fast" is printed
// right after the 10 ms failure, before user and orders answer (Promise.all does not
// cancel them: they still answer, later). Promise.allSettled prints nothing until all
// three have answered, then lists two "ok" and one "missing".
//
// Run it:
//   jsloop scripts/patterns/dashboard.js
//   jsloop --virtual-time scripts/patterns/dashboard.js      (same output, no waiting)

function service(name, ms, { fail = false } = {}) {
  return () => new Promise((resolve, reject) => {
    setTimeout(() => {
      if (fail) {
        console.log(`  [${name}] failed after ${ms} ms`);
        reject(new Error(`${name} service unavailable`));
      } else {
        console.log(`  [${name}] answered after ${ms} ms`);
        resolve({ service: name, items: name.length });
      }
    }, ms);
  });
}

async function dashboard(recommendationsDown) {
  const fetchUser = service('user', 30);
  const fetchOrders = service('orders', 20);
  const fetchRecommendations = service('recommendations', 10, { fail: recommendationsDown });

  console.log('Promise.all:');
  try {
    const [user, orders, recs] = await Promise.all([fetchUser(), fetchOrders(), fetchRecommendations()]);
    console.log(`  rendered: ${user.service}, ${orders.service}, ${recs.service}`);
  } catch (err) {
    console.log(`  failed fast: ${err.message}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 40)); // let the stragglers finish

  console.log('Promise.allSettled:');
  const results = await Promise.allSettled([fetchUser(), fetchOrders(), fetchRecommendations()]);
  for (const r of results) {
    console.log(r.status === 'fulfilled' ? `  ok: ${r.value.service}` : `  missing: ${r.reason.message}`);
  }
}

(async () => {
  console.log('--- every service is up');
  await dashboard(false);
  console.log('--- the recommendations service is down');
  await dashboard(true);
})();
