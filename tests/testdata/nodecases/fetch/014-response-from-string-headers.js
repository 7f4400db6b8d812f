// new Response(string) without init: its content-type header is there however it is
// reached (get, iteration, clone, set), and the body reads back.
const r = new Response('hi');
console.log(r.status, r.statusText, r.ok, [...r.headers], r.headers.get('content-type'));
const c = r.clone();
console.log([...c.headers]);
r.headers.set('x-a', '1');
console.log([...r.headers], [...c.headers]);
r.text().then((t) => console.log('text', t, r.bodyUsed));
console.log(new Response('x'));
