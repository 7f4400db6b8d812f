// The AbortError's cause is the exact reason object, including for aborts that happen after the timer started.
const tp = require('timers/promises');
const reason = { tag: 'r' };
const ac = new AbortController();
const p1 = tp.setTimeout(1000, undefined, { signal: ac.signal });
const p2 = tp.setImmediate(undefined, { signal: ac.signal });
const it = tp.setInterval(1000, undefined, { signal: ac.signal });
const p3 = it.next();
queueMicrotask(() => ac.abort(reason));
Promise.allSettled([p1, p2, p3]).then((rs) => {
  for (const r of rs) console.log(r.status, r.status === "rejected" ? r.reason.cause === reason : r.value, r.reason?.name);
});
