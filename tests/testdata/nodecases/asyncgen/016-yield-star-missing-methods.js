// yield* to an inner iterator without throw(): the inner one is closed through return() and a TypeError is thrown in the outer body; without return(), return() finishes the outer generator after awaiting the value.
const log = (s) => console.log(s);
function handMade(name, withReturn) {
  let n = 0;
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next(v) { log(name + ' next ' + v); return Promise.resolve({ value: name + ++n, done: false }); },
  };
  if (withReturn) it.return = function (v) { log(name + ' return ' + v + ' args ' + arguments.length); return { value: v, done: true }; };
  return it;
}
async function* outer(inner) {
  try {
    yield* inner;
  } catch (e) {
    log('outer caught ' + e.constructor.name + ': ' + e.message);
    yield 'after catch';
  } finally {
    log('outer finally');
  }
}
(async () => {
  const g = outer(handMade('A', true));
  log(JSON.stringify(await g.next('x')));
  log(JSON.stringify(await g.throw(new Error('to inner'))));
  log(JSON.stringify(await g.next()));
  const h = outer(handMade('B', false));
  log(JSON.stringify(await h.next('y')));
  log(JSON.stringify(await h.return(Promise.resolve('ret'))));
  const k = outer(handMade('C', false));
  log(JSON.stringify(await k.next('z')));
  try {
    await k.throw(new Error('no methods'));
  } catch (e) {
    log('k rejected ' + e.constructor.name);
  }
  log(JSON.stringify(await k.next()));
})();
