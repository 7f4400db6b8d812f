// for await over a sync iterable awaits each element in order, including delayed promises; a rejected element throws into the loop.
const delayed = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  for await (const v of [delayed('slow', 20), 'plain', delayed('fast', 5)]) console.log(v);
  try {
    for await (const v of [Promise.resolve(1), Promise.reject(new Error('bad element')), 3]) console.log('v', v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
