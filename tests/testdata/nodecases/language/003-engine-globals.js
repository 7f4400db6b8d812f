// Basic engine/runtime globals exist: Symbol.asyncIterator, global === globalThis, Error.captureStackTrace, queueMicrotask.
console.log(typeof Symbol.asyncIterator, String(Symbol.asyncIterator));
console.log(globalThis.global === globalThis, typeof global, global.global === global);
console.log(typeof Error.captureStackTrace, typeof Error.stackTraceLimit);
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, Object.keys(o).length);
console.log(typeof queueMicrotask, typeof setTimeout, typeof AggregateError, typeof WeakRef, typeof FinalizationRegistry);
console.log(typeof Array.prototype.at, typeof Object.hasOwn, typeof Array.prototype.findLast, typeof String.prototype.replaceAll);
