// fetch rejects without touching the network for bad URLs, credentials, unsupported schemes, blocked ports, bad init and already-aborted signals.
(async () => {
  const show = (e) => console.log(e.name, '|', e.message, '|', e.cause ? `${e.cause.name}: ${e.cause.message} ${e.cause.code} ${e.cause.input}` : '-');
  const urls = ['', 'nope', '/relative', 'http://', 'http://a b/', 'ftp://example.com/x', 'about:blank', 'file:///etc/passwd',
    'http://user:pw@example.com/', 'http://127.0.0.1:1/', 'http://127.0.0.1:22/', 'https://127.0.0.1:25/', 'ws://example.com/'];
  for (const u of urls) await fetch(u).then(() => console.log('resolved', u), show);
  await fetch().then(() => console.log('resolved'), show);
  await fetch('http://a.invalid/', { method: 'GET', body: 'x' }).catch(show);
  await fetch('http://a.invalid/', { method: 'bad method' }).catch(show);
  await fetch('http://a.invalid/', { method: 'CONNECT' }).catch(show);
  await fetch('http://a.invalid/', { redirect: 'nope' }).catch(show);
  await fetch('http://a.invalid/', { headers: { 'a b': 'c' } }).catch(show);
  await fetch('http://a.invalid/', { signal: 5 }).catch(show);
  await fetch('http://a.invalid/', { signal: AbortSignal.abort() }).catch(show);
  await fetch('http://a.invalid/', { signal: AbortSignal.abort('my reason') }).catch((e) => console.log('reason', e));
  const ac = new AbortController();
  ac.abort(new RangeError('custom'));
  await fetch(new Request('http://a.invalid/', { signal: ac.signal })).catch((e) => console.log('from request', e.name, e.message));
  const p = fetch('nope');
  console.log(p instanceof Promise, typeof fetch, fetch.name, fetch.length);
  await p.catch(() => {});
})();
