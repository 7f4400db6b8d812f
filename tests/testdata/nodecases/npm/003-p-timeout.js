// p-timeout@3 (installed from npm) rejects a slow promise with TimeoutError, passes a fast one through, and uses a fallback function when given one.
const pTimeout = require('p-timeout');
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  console.log(await pTimeout(delay(5, 'fast'), 100));
  try {
    await pTimeout(delay(200, 'slow'), 20);
  } catch (e) {
    console.log(e.name, e.message, e instanceof pTimeout.TimeoutError);
  }
  console.log(await pTimeout(delay(200, 'slow'), 20, () => 'fallback value'));
})();
