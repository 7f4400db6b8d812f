// Non-function callbacks throw TypeError ERR_INVALID_ARG_TYPE for setTimeout/setInterval/setImmediate/nextTick/queueMicrotask.
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name, e.code);
    console.log('  ' + e.message);
  }
}
check('setTimeout string', () => setTimeout('console.log(1)'));
check('setTimeout none', () => setTimeout());
check('setInterval null', () => setInterval(null, 10));
check('setImmediate number', () => setImmediate(42));
check('setImmediate object', () => setImmediate({}));
check('nextTick undefined', () => process.nextTick(undefined));
check('nextTick array', () => process.nextTick([1]));
check('queueMicrotask string', () => queueMicrotask('x'));
check('queueMicrotask true', () => queueMicrotask(true));
check('clearTimeout junk', () => { clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout(5); });
check('clearImmediate junk', () => { clearImmediate(undefined); clearImmediate(null); clearImmediate({}); });
check('clearInterval junk', () => { clearInterval(undefined); clearInterval('x'); });
