// structuredClone copies primitives, boxed values, dates, regexps, maps, sets, buffers and views, keeping shared references and cycles.
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab, 2, 4);
u8.set([1, 2, 3, 4]);
const shared = { tag: 'shared' };
const src = {
  n: -0, big: 12345678901234567890n, s: 'text', b: false, nil: null, undef: undefined,
  boxed: [new Number(3), new String('str'), new Boolean(true)],
  date: new Date(Date.UTC(2020, 1, 29, 12, 0, 0)),
  re: /ab+c/gi,
  map: new Map([[1, 'one'], [shared, shared]]),
  set: new Set(['x', shared]),
  ab, u8, dv: new DataView(ab, 1, 3), f64: new Float64Array([1.5, -2]),
  sparse: [1, , 3],
  nested: { deep: { deeper: [shared] } },
};
src.self = src;
const copy = structuredClone(src);
console.log(copy);
console.log(copy !== src, copy.self === copy, Object.is(copy.n, -0));
console.log(copy.map.get(1), [...copy.map.keys()][1] === copy.nested.deep.deeper[0], [...copy.set][1] === copy.nested.deep.deeper[0]);
console.log(copy.u8.buffer === copy.ab, copy.dv.buffer === copy.ab, copy.u8.byteOffset, copy.dv.byteOffset);
console.log(copy.re.lastIndex, copy.re.flags, copy.date.toISOString(), 1 in copy.sparse, copy.sparse.length);
class Point { #secret = 1; constructor(x, y) { this.x = x; this.y = y; } get len() { return 0; } }
const p = structuredClone(new Point(1, 2));
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);
let calls = 0;
console.log(structuredClone({ get lazy() { calls++; return 'computed'; } }), calls);
console.log(structuredClone([1, 2, 3]), structuredClone('\u00e9\u{1F600}'), structuredClone(undefined));
