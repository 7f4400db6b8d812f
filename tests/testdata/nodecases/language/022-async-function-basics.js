// Async functions return promises, throw asynchronously, async arrows capture this/arguments lexically, and sloppy/strict this follows the usual rules.
const log = (s) => console.log(s);
async function f() { return 1; }
const p = f();
console.log(p instanceof Promise, Object.prototype.toString.call(f), f.constructor.name, f.length);
async function thrower() { throw new Error('async throw'); }
let syncThrow = false;
try { thrower().catch((e) => log('caught later ' + e.message)); } catch { syncThrow = true; }
log('sync throw? ' + syncThrow);
const obj = {
  name: 'obj',
  method() {
    return (async () => { await null; return this.name + ' ' + arguments[0]; })();
  },
  async asyncMethod(a, b) { return arguments.length + a + b; },
};
obj.method('arg').then(log);
obj.asyncMethod(1, 2).then((v) => log('asyncMethod ' + v));
(async function () { log('sloppy this is globalThis? ' + (this === globalThis)); }).call(undefined);
(async function () { 'use strict'; log('strict this undefined? ' + (this === undefined)); }).call(undefined);
