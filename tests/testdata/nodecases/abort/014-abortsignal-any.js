// AbortSignal.any follows its inputs: already aborted inputs abort it at once with the first aborted reason; later it aborts after the source's listeners.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log(any.aborted, any instanceof AbortSignal);
a.signal.addEventListener('abort', () => console.log('source listener, any aborted?', any.aborted));
any.addEventListener('abort', (e) => console.log('any listener', any.reason, e.target === any));
b.abort('from b');
a.abort('from a');
console.log(any.reason, a.signal.reason);
const pre1 = AbortSignal.abort('first');
const pre2 = AbortSignal.abort('second');
const c = new AbortController();
const any2 = AbortSignal.any([c.signal, pre2, pre1]);
console.log(any2.aborted, any2.reason);
console.log(AbortSignal.any([]).aborted);
try { AbortSignal.any([a.signal, null]); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.any('x'); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.any([{}]); } catch (e) { console.log(e.code, e.message); }
