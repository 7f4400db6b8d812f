// Request: defaults, URL serialization, method normalization and validation, init enums, and the errors undici gives for bad input.
const tryit = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name + ':', e.message, e.cause ? `(cause ${e.cause.name}: ${e.cause.message} ${e.cause.code})` : ''); }
};
const q = new Request('HTTP://Example.COM:80/a/../b?x=1#frag');
console.log(q.url, q.method, q.redirect, q.mode, q.credentials, q.cache, q.referrer, q.referrerPolicy, q.integrity);
console.log(q.keepalive, q.destination === '', q.isReloadNavigation, q.isHistoryNavigation, q.duplex, q.body, q.bodyUsed);
console.log(q.signal instanceof AbortSignal, q.signal.aborted, [...q.headers]);
console.log(Object.prototype.toString.call(q), Request.name, Request.length);
for (const m of ['get', 'head', 'options', 'post', 'put', 'delete', 'Delete', 'PATCH', 'Foo', 'm-search']) {
  tryit(`method ${m}`, () => new Request('http://a.test/', { method: m }).method);
}
for (const m of ['TRACE', 'track', 'connect', 'bad method', '']) tryit(`method ${JSON.stringify(m)}`, () => new Request('http://a.test/', { method: m }));
tryit('no args', () => new Request());
tryit('relative', () => new Request('/x'));
tryit('garbage', () => new Request('not a url'));
tryit('credentials in url', () => new Request('http://user:pw@a.test/'));
tryit('init number', () => new Request('http://a.test/', 5));
tryit('GET with body', () => new Request('http://a.test/', { body: 'x' }));
tryit('HEAD with body', () => new Request('http://a.test/', { method: 'HEAD', body: 'x' }));
tryit('POST null body', () => new Request('http://a.test/', { method: 'POST', body: null }).body);
tryit('mode navigate', () => new Request('http://a.test/', { mode: 'navigate' }));
tryit('mode bad', () => new Request('http://a.test/', { mode: 'bad' }));
tryit('redirect bad', () => new Request('http://a.test/', { redirect: 'nope' }));
tryit('redirect manual', () => new Request('http://a.test/', { redirect: 'manual' }).redirect);
tryit('credentials', () => new Request('http://a.test/', { credentials: 'include' }).credentials);
tryit('cache', () => new Request('http://a.test/', { cache: 'no-store' }).cache);
tryit('only-if-cached', () => new Request('http://a.test/', { cache: 'only-if-cached' }));
tryit('signal bad', () => new Request('http://a.test/', { signal: {} }));
tryit('window', () => new Request('http://a.test/', { window: 1 }));
tryit('headers bad', () => new Request('http://a.test/', { headers: 5 }));
tryit('header name bad', () => new Request('http://a.test/', { headers: { 'a b': 'c' } }));
tryit('keepalive', () => new Request('http://a.test/', { keepalive: 1 }).keepalive);
tryit('referrer empty', () => JSON.stringify(new Request('http://a.test/', { referrer: '' }).referrer));
tryit('referrerPolicy', () => new Request('http://a.test/', { referrerPolicy: 'origin' }).referrerPolicy);
tryit('url object', () => new Request(new URL('http://b.test/p?q')).url);
const ac = new AbortController();
const withSignal = new Request('http://a.test/', { signal: ac.signal });
console.log(withSignal.signal === ac.signal, withSignal.signal.aborted);
ac.abort('stop');
console.log(withSignal.signal.aborted, withSignal.signal.reason);
const base = new Request('http://a.test/x', { method: 'PUT', headers: { 'X-A': '1' }, redirect: 'error' });
const copy = new Request(base);
console.log(copy.url, copy.method, copy.redirect, [...copy.headers], copy.headers === base.headers);
const over = new Request(base, { method: 'POST', headers: { 'X-B': '2' } });
console.log(over.method, [...over.headers], over.redirect);
