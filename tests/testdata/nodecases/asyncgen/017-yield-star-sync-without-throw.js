// yield* to a sync iterator: throw() with no sync throw method rejects with the exception itself (Node 20) without closing it, and return() calls the sync return() and awaits its value.
const log = (s) => console.log(s);
function counter(name) {
  let n = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: name + ++n, done: false }; },
    return(v) { log(name + ' closed with ' + v); return { value: Promise.resolve('closed ' + v), done: true }; },
  };
}
async function* outer(it) {
  try {
    yield* it;
  } catch (e) {
    log('caught ' + e);
    yield 'after catch';
  }
}
(async () => {
  const g = outer(counter('A'));
  log(JSON.stringify(await g.next()));
  log(JSON.stringify(await g.throw('err')));
  log(JSON.stringify(await g.next()));
  const h = outer(counter('B'));
  log(JSON.stringify(await h.next()));
  log(JSON.stringify(await h.next()));
  log(JSON.stringify(await h.return('r')));
})();
