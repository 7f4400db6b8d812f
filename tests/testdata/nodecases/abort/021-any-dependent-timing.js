// In Node v20 a dependent AbortSignal.any signal is aborted only after the source's own abort listeners ran.
const c = new AbortController();
const dep = AbortSignal.any([c.signal]);
const dep2 = AbortSignal.any([dep, c.signal]);
c.signal.addEventListener('abort', () => console.log('source listener', dep.aborted, dep2.aborted));
dep.addEventListener('abort', () => console.log('dep listener', c.signal.aborted, dep2.aborted));
dep2.addEventListener('abort', () => console.log('dep2 listener', dep2.reason));
c.abort('R');
console.log(dep.reason, dep2.reason);
