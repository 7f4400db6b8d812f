// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException (code 23) and its timer does not keep the process alive.
const s = AbortSignal.timeout(5);
console.log(s.aborted);
s.addEventListener('abort', () => {
  console.log('aborted', s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException);
});
setTimeout(() => console.log('after timeout', s.aborted), 50);
const forever = AbortSignal.timeout(1000000);
forever.addEventListener('abort', () => console.log('never'));
try { AbortSignal.timeout(-1); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.timeout(1.5); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.timeout('1'); } catch (e) { console.log(e.code, e.message); }
process.on('exit', () => console.log('exit', forever.aborted));
