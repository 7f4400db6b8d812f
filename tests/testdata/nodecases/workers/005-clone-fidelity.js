// A value sent to a worker and back keeps what structured clone keeps: shared
// references and cycles, Map/Set order, Dates, RegExps, boxed primitives, BigInt,
// typed arrays over one buffer, sparse arrays, -0 and NaN, errors with their cause;
// and loses what it loses: functions' slots, prototypes, symbol keys, getters' liveness.
const { Worker } = require('worker_threads');

const shared = { tag: 'shared' };
const buf = new ArrayBuffer(8);
const value = {
  nums: [0, -0, NaN, Infinity, 1.5, 2n ** 70n],
  strs: ['', 'é', '\ud800 lone', '😀'],
  sparse: [1, , 3],
  date: new Date(86400000),
  re: /a+b/giy,
  boxed: [Object(1), Object('s'), Object(false), Object(5n)],
  map: new Map([[shared, 1], ['k', shared]]),
  set: new Set([3, 1, 2]),
  views: [new Uint8Array(buf, 1, 3), new Int16Array(buf, 2, 2), new DataView(buf, 4)],
  error: new RangeError('outer', { cause: new Error('inner') }),
  plain: Object.assign(Object.create({ inherited: true }), { own: 1, [Symbol('hidden')]: 2 }),
  getter: { get now() { return 'read once'; } },
  undef: undefined,
  nul: null,
};
value.self = value;
value.twice = [shared, shared];

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (v) => {
    const checks = {
      cycle: v.self === v,
      sharedKept: v.twice[0] === v.twice[1] && v.map.get('k') === v.twice[0],
      sameBuffer: v.views[0].buffer === v.views[1].buffer && v.views[1].buffer === v.views[2].buffer,
      negZero: Object.is(v.nums[1], -0),
      errorClass: v.error instanceof RangeError && v.error.cause instanceof Error,
      sparseHole: !(1 in v.sparse),
      protoLost: Object.getPrototypeOf(v.plain) === Object.prototype && v.plain.inherited === undefined,
    };
    parentPort.postMessage({ v, checks });
  });
`, { eval: true });
w.postMessage(value);
w.on('message', ({ v, checks }) => {
  console.log(checks);
  console.log(v.nums, v.strs.map((s) => s.length), v.sparse, v.date.toISOString(), v.re, v.re.flags);
  console.log(v.boxed.map((b) => typeof b + ':' + b.valueOf()), [...v.map.values()].length, [...v.set]);
  console.log(v.views.map((x) => x.constructor.name + x.byteOffset + '/' + x.byteLength));
  console.log(v.error.message, v.error.cause.message, Object.keys(v.plain), v.getter, 'undef' in v, v.nul);
  w.terminate();
});
