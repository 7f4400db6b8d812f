// console.log of Request, Response, Headers and a response body stream shows what Node's undici shows.
const r = new Response('hi', { status: 201, headers: { 'X-Custom': 'a' } });
console.log(r);
console.log(new Response(null, { status: 204 }));
console.log(Response.error());
console.log(r.body);
r.body.getReader();
console.log(r);
console.log(new Request('http://a.test/path?q=1', { method: 'POST', body: 'x', headers: { 'X-Req': 'y' } }));
console.log(new Headers({ b: '2', A: '1' }));
console.log([new Headers({ a: '1' })]);
console.log({ nested: { deeper: { h: new Headers({ a: '1' }) } } });
