// Returning a promise from an async function takes more microtask turns than returning a plain value or `return await`.
const log = (s) => console.log(s);
async function plain() { return 1; }
async function returnsPromise() { return Promise.resolve(2); }
async function returnsAwait() { return await Promise.resolve(3); }
returnsPromise().then((v) => log('returnsPromise ' + v));
returnsAwait().then((v) => log('returnsAwait ' + v));
plain().then((v) => log('plain ' + v));
let i = 0;
const step = () => { i++; log('tick ' + i); if (i < 5) return Promise.resolve().then(step); };
Promise.resolve().then(step);
