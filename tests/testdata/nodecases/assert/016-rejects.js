// rejects/doesNotReject return promises; they accept a promise or a function returning one and validate like throws.
const assert = require('assert');
const out = (label) => [(v) => console.log(label, 'ok', v), (e) => console.log(label, e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message))];
(async () => {
  const rej = () => Promise.reject(new TypeError('bad'));
  await assert.rejects(rej, TypeError).then(...out(1));
  await assert.rejects(rej(), { name: 'TypeError', message: 'bad' }).then(...out(2));
  await assert.rejects(Promise.resolve(1)).then(...out(3));
  await assert.rejects(async () => {}, Error, 'needs rejection').then(...out(4));
  await assert.rejects(rej, RangeError).then(...out(5));
  await assert.rejects(() => 5).then(...out(6));
  await assert.rejects(5).then(...out(7));
  await assert.doesNotReject(Promise.resolve(2)).then(...out(8));
  await assert.doesNotReject(rej).then(...out(9));
  await assert.doesNotReject(rej, RangeError).then(...out(10));
  await assert.rejects(async () => { throw new Error('async'); }, /async/).then(...out(11));
  await assert.rejects(() => { throw new Error('sync'); }).then(...out(12));
  const p = assert.rejects(rej);
  console.log(p instanceof Promise);
  await p;
})();
