// Response constructor: status range, null-body statuses, statusText validation, headers and content types, ok/type/url/redirected defaults.
const tryit = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name + ':', e.message); }
};
const r = new Response('hi');
console.log(r.status, JSON.stringify(r.statusText), r.ok, r.type, JSON.stringify(r.url), r.redirected, r.bodyUsed, [...r.headers]);
console.log(Object.prototype.toString.call(r), Response.name, Response.length);
tryit('status 99', () => new Response('x', { status: 99 }));
tryit('status 600', () => new Response('x', { status: 600 }));
tryit('status 204 with body', () => new Response('x', { status: 204 }));
tryit('status 304 with body', () => new Response('', { status: 304 }));
tryit('status 204 null', () => new Response(null, { status: 204 }).status);
tryit('status string', () => new Response('x', { status: '201' }).status);
tryit('status 404', () => { const x = new Response('x', { status: 404 }); return [x.status, x.ok]; });
tryit('statusText', () => new Response('x', { statusText: 'Fine Thanks' }).statusText);
tryit('statusText newline', () => new Response('x', { statusText: 'a\nb' }));
tryit('init number', () => new Response('x', 5));
tryit('init null', () => new Response('x', null).status);
tryit('headers', () => [...new Response('x', { headers: { 'X-A': '1', 'content-type': 'a/b' } }).headers]);
tryit('headers bad', () => new Response('x', { headers: [['a']] }));
tryit('no body', () => [new Response().body, new Response(null).body, new Response(undefined).headers.get('content-type')]);
tryit('empty string body', () => new Response('').body === null);
tryit('bytes type', () => new Response(new Uint8Array(2)).headers.get('content-type'));
tryit('params type', () => new Response(new URLSearchParams('a=1')).headers.get('content-type'));
tryit('number body type', () => new Response(5).headers.get('content-type'));
