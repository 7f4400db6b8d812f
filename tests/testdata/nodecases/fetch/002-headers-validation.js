// Headers validation errors: names must be tokens, values must not hold NUL/CR/LF, ByteStrings, init shapes, argument counts, brand checks, immutable guards.
const tryit = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name + ':', e.message); }
};
const h = new Headers();
tryit('bad name', () => h.append('bad name', 'x'));
tryit('empty name', () => h.set('', 'x'));
tryit('non-ascii name', () => new Headers({ 'é': 'x' }));
tryit('newline value', () => h.append('x', 'a\nb'));
tryit('wide char', () => h.set('a', 'Ā'));
tryit('get bad', () => h.get('bad name'));
tryit('has bad', () => h.has('bad name'));
tryit('delete bad', () => h.delete('bad name'));
tryit('pair of 1', () => new Headers([['a']]));
tryit('pair of 3', () => new Headers([['a', 'b', 'c']]));
tryit('string pair', () => new Headers(['ab']));
tryit('number pair', () => new Headers([5]));
tryit('number init', () => new Headers(5));
tryit('string init', () => new Headers('abc'));
tryit('null init', () => new Headers(null));
tryit('symbol key', () => new Headers({ [Symbol('s')]: 'x' }));
tryit('append 1 arg', () => h.append('a'));
tryit('append 0 args', () => h.append());
tryit('set 1 arg', () => h.set('a'));
tryit('get 0 args', () => h.get());
tryit('delete 0 args', () => h.delete());
tryit('has 0 args', () => h.has());
tryit('forEach 0 args', () => h.forEach());
tryit('forEach not fn', () => h.forEach(5));
tryit('brand', () => Headers.prototype.get.call({}, 'a'));
tryit('iterator brand', () => h.keys().next.call({}));
tryit('immutable set', () => Response.error().headers.set('a', 'b'));
tryit('immutable append', () => Response.redirect('http://a.test/').headers.append('a', 'b'));
tryit('immutable delete', () => Response.redirect('http://a.test/').headers.delete('location'));
tryit('request headers mutable', () => { const r = new Request('http://a.test/'); r.headers.set('x', 'y'); return [...r.headers]; });
