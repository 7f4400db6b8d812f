// Response.json, Response.error and Response.redirect: bodies, headers, statuses and their errors.
const tryit = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name + ':', e.message, e.cause ? `(cause ${e.cause.message})` : ''); }
};
(async () => {
  let r = Response.json({ a: [1, 2], s: 'é' }, { status: 201, statusText: 'Made', headers: { 'x-a': 'b' } });
  console.log(r.status, r.statusText, r.ok, r.type, [...r.headers], await r.text());
  r = Response.json('just a string');
  console.log(r.headers.get('content-type'), await r.json());
  r = Response.json(null, { headers: { 'content-type': 'application/vnd.api+json' } });
  console.log(r.headers.get('content-type'), await r.text());
  tryit('json undefined', () => Response.json(undefined));
  tryit('json symbol', () => Response.json(Symbol('s')));
  tryit('json function', () => Response.json(() => 1));
  tryit('json 204', () => Response.json({}, { status: 204 }));
  tryit('json 99', () => Response.json({}, { status: 99 }));
  tryit('json no args', () => Response.json());
  tryit('json toJSON', () => Response.json({ toJSON() { return [1]; } }).headers.get('content-type'));
  const e = Response.error();
  console.log(e.type, e.status, e.ok, JSON.stringify(e.statusText), e.body, e.bodyUsed, [...e.headers], e.url, e.redirected);
  console.log(Response.error() === Response.error());
  r = Response.redirect('http://a.test/x?y#z');
  console.log(r.status, r.headers.get('location'), r.type, JSON.stringify(r.url), r.body, r.redirected);
  for (const s of [301, 302, 303, 307, 308]) tryit(`redirect ${s}`, () => Response.redirect('http://a.test/', s).status);
  tryit('redirect 200', () => Response.redirect('http://a.test/', 200));
  tryit('redirect 300', () => Response.redirect('http://a.test/', 300));
  tryit('redirect relative', () => Response.redirect('/rel'));
  tryit('redirect URL object', () => Response.redirect(new URL('HTTP://A.TEST:80/p')).headers.get('location'));
  tryit('redirect no args', () => Response.redirect());
  console.log(Object.getOwnPropertyNames(Response).sort());
})();
