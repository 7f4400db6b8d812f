// yield* in an async generator delegates to another async generator (and to sync iterables, awaiting their values) and evaluates to the delegate's return value.
async function* inner() {
  const got = yield 'inner-1';
  console.log('inner received', got);
  yield 'inner-2';
  return 'inner-result';
}
async function* outer() {
  yield 'outer-start';
  const r = yield* inner();
  console.log('yield* returned', r);
  yield* [Promise.resolve('from-array-promise'), 'from-array'];
  yield 'outer-end';
}
(async () => {
  const g = outer();
  const out = [];
  let step = await g.next();
  while (!step.done) {
    out.push(step.value);
    step = await g.next('sent-' + out.length);
  }
  console.log(out);
  const collected = [];
  for await (const v of outer()) collected.push(v);
  console.log(collected.length);
})();
