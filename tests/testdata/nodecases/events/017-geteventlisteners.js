// getEventListeners/getMaxListeners/setMaxListeners work on both EventEmitter and EventTarget.
const events = require('events');
const { getEventListeners, setMaxListeners, getMaxListeners, EventEmitter } = events;
const e = new EventEmitter();
function f() {}
e.on('a', f);
e.once('a', f);
console.log(getEventListeners(e, 'a').length, getEventListeners(e, 'a')[1] === f, getEventListeners(e, 'b').length);
const et = new EventTarget();
const obj = { handleEvent() {} };
et.addEventListener('a', f);
et.addEventListener('a', obj);
et.addEventListener('a', f, { capture: true });
const l = getEventListeners(et, 'a');
console.log(l.length, l[0] === f, l[1] === obj, l[2] === f, getEventListeners(et, 'zz').length);
console.log(getMaxListeners(e), getMaxListeners(et));
setMaxListeners(3, e, et);
console.log(getMaxListeners(e), e.getMaxListeners(), getMaxListeners(et));
const sig = new AbortController().signal;
sig.addEventListener('abort', f);
console.log(getEventListeners(sig, 'abort').length);
try { setMaxListeners(1, {}); } catch (err) { console.log(err.code, err.message); }
