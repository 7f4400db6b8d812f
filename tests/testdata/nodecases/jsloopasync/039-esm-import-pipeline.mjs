// import { ... } from 'jsloop:async' works with top-level await: a pipeline fetching 6 fake URLs through a TaskGroup, limit(2), withTimeout and retry; the flaky URL succeeds on its second attempt and the slow one times out, failing the group.
import { TaskGroup, limit, withTimeout, retry, sleep } from 'jsloop:async';

const tries = new Map();
function fakeFetch(url, { signal }) {
  const n = (tries.get(url) ?? 0) + 1;
  tries.set(url, n);
  if (url === '/flaky' && n === 1) return Promise.reject(new Error('ECONNRESET'));
  return sleep(url === '/slow' ? 60000 : 10, { signal }).then(() => `body of ${url}`);
}

const run = limit(2);
const get = (url) => run(() => retry((attempt, { signal }) => withTimeout((ctx) => fakeFetch(url, ctx), 50, { signal }), {
  retries: 2, minDelay: 5, retryIf: (err) => err.name !== 'TimeoutError',
}));

const ok = await TaskGroup.run((tg) => Promise.all(['/a', '/b', '/flaky', '/c'].map((u) => tg.spawn(() => get(u)))));
console.log(ok, 'tries of /flaky:', tries.get('/flaky'));

try {
  await TaskGroup.run((tg) => {
    for (const u of ['/d', '/slow', '/e']) tg.spawn(() => get(u));
  });
} catch (err) {
  console.log(err.name, err.errors.map((e) => `${e.name}: ${e.message}`), 'tries of /slow:', tries.get('/slow'));
}
process.on('exit', () => console.log('exit'));
