// Abort listeners run synchronously inside abort() in registration order, exactly once, even if they abort again.
const ac = new AbortController();
const s = ac.signal;
s.addEventListener('abort', () => { console.log('one'); ac.abort('again'); });
s.addEventListener('abort', () => console.log('two', s.reason));
s.addEventListener('abort', { handleEvent(e) { console.log('object listener', e.type); } });
console.log('before abort');
ac.abort('first');
console.log('after abort');
Promise.resolve().then(() => console.log('microtask'));
