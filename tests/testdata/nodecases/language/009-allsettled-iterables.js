// Promise.allSettled accepts any iterable (Set, generator, string) and reports fulfilled/rejected entries in input order.
function* gen() {
  yield 1;
  yield Promise.reject(new Error('gen rejected'));
  yield { then(res) { res('thenable value'); } };
}
(async () => {
  const fromSet = await Promise.allSettled(new Set([Promise.resolve('a'), 'b']));
  console.log(JSON.stringify(fromSet));
  const fromGen = await Promise.allSettled(gen());
  console.log(fromGen.map((r) => r.status + ':' + (r.status === 'fulfilled' ? r.value : r.reason.message)).join(' | '));
  const fromString = await Promise.allSettled('xy');
  console.log(JSON.stringify(fromString));
  console.log(JSON.stringify(await Promise.allSettled([])));
  try {
    await Promise.allSettled(123);
  } catch (e) {
    console.log(e.name, e.message.includes('is not iterable'));
  }
  const all = await Promise.all(new Map([[1, 'one']]));
  console.log(JSON.stringify(all));
})();
