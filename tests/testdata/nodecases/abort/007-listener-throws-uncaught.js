// A listener that throws does not stop the others; the error is reported asynchronously as an uncaught exception (exit code 1).
const et = new EventTarget();
et.addEventListener('x', () => console.log('first'));
et.addEventListener('x', () => { throw new Error('listener exploded'); });
et.addEventListener('x', () => console.log('third'));
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
console.log('sync end');
process.on('exit', (code) => console.log('exit code', code));
