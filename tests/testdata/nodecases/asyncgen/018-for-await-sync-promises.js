// for await over a sync iterable awaits each value (native promises, plain values and thenables) and interleaves deterministically with an independent promise chain.
const log = (s) => console.log(s);
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 16) return Promise.resolve().then(step); };
Promise.resolve().then(step);
(async () => {
  const items = [Promise.resolve('p1'), 'plain', { then(r) { r('thenable'); } }, new Promise((r) => setTimeout(() => r('timer'), 5)), Promise.resolve('p2')];
  for await (const v of items) log('value ' + v);
  log('loop done');
  for await (const c of new Set(['s1', 's2'])) log('set ' + c);
  log('set done');
})();
