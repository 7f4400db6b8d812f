// abort() sets aborted/reason (default DOMException AbortError) and fires 'abort' once; later aborts are ignored.
const ac = new AbortController();
const { signal } = ac;
console.log(signal === ac.signal, signal.aborted, signal.reason, signal instanceof EventTarget, signal instanceof AbortSignal);
signal.addEventListener('abort', (e) => console.log('abort event', e.type, e.isTrusted, e.target === signal, signal.aborted));
signal.throwIfAborted();
ac.abort();
ac.abort('second');
console.log(signal.aborted, signal.reason instanceof DOMException, signal.reason.name, signal.reason.message, signal.reason.code);
try { signal.throwIfAborted(); } catch (e) { console.log('thrown', e === signal.reason); }
const ac2 = new AbortController();
const reason = { why: 'custom' };
ac2.abort(reason);
console.log(ac2.signal.reason === reason, ac2.signal.aborted);
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(ac3.signal.reason.name);
const ac4 = new AbortController();
ac4.abort(null);
console.log(ac4.signal.reason);
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
