// AbortSignal.abort() returns an already aborted signal; new AbortSignal() throws TypeError 'Illegal constructor'.
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code);
const s2 = AbortSignal.abort('why');
console.log(s2.aborted, s2.reason);
let fired = false;
s2.addEventListener('abort', () => { fired = true; });
console.log('listener on aborted signal fired?', fired);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message, e instanceof TypeError); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (e) { console.log(e.code, e.message); }
console.log(typeof AbortSignal.timeout, typeof AbortSignal.any);
