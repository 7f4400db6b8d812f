// `return await` inside try lets catch/finally see the rejection; plain `return promise` escapes the try; finally can override the result.
const log = (s) => console.log(s);
async function withAwait() {
  try {
    return await Promise.reject(new Error('x'));
  } catch (e) {
    return 'caught ' + e.message;
  } finally {
    log('withAwait finally');
  }
}
async function withoutAwait() {
  try {
    return Promise.reject(new Error('y'));
  } catch (e) {
    return 'never';
  } finally {
    log('withoutAwait finally');
  }
}
async function override() {
  try {
    return await Promise.resolve('from try');
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return 'from finally';
  }
}
async function nested() {
  const inner = async () => { await null; throw new TypeError('deep'); };
  try {
    await (async () => await inner())();
  } catch (e) {
    return e.constructor.name + ':' + e.message;
  }
}
(async () => {
  log(await withAwait());
  await withoutAwait().then(() => log('never'), (e) => log('rejected ' + e.message));
  log(await override());
  log(await nested());
})();
