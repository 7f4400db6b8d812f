// The fetch classes check how many arguments a call got (WebIDL), and tell a missing
// argument from an undefined one; their functions keep the lengths of their IDL
// signatures.
const h = new Headers();
console.log(['append', 'delete', 'get', 'has', 'set', 'forEach', 'getSetCookie', 'keys']
  .map((n) => `${n}:${Headers.prototype[n].length}`).join(' '));
console.log(Request.length, Response.length, Response.json.length, Response.redirect.length, Headers.length);
const tryit = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
};
tryit('get()', () => h.get());
tryit('get(undefined)', () => h.get(undefined));
tryit('set(a)', () => h.set('a'));
tryit('set(a, undefined)', () => { h.set('a', undefined); return h.get('a'); });
tryit('append(b, 1)', () => { h.append('b', 1); return h.get('b'); });
tryit('has(a)', () => h.has('a'));
tryit('delete()', () => h.delete());
tryit('new Request()', () => new Request());
tryit('new Request(undefined)', () => new Request(undefined));
tryit('new Request(url)', () => new Request('http://example.com/x').url);
tryit('new Request(url, undefined)', () => new Request('http://example.com/y', undefined).method);
tryit('Response.json()', () => Response.json());
tryit('Response.json(undefined)', () => Response.json(undefined));
tryit('Response.json(1)', () => Response.json(1).status);
tryit('Response.redirect()', () => Response.redirect());
tryit('Response.redirect(url)', () => Response.redirect('http://example.com/').status);
tryit('Response.redirect(url, undefined)', () => Response.redirect('http://example.com/', undefined).status);
tryit('Response.redirect(url, 301)', () => Response.redirect('http://example.com/', 301).status);
tryit('forEach()', () => h.forEach());
h.forEach(function (v, k) { console.log('forEach', k, v, String(this)); }, 'T');
