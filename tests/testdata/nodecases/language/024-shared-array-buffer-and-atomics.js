// SharedArrayBuffer and Atomics on one thread: every operation on every integer element
// type, the values they return, their argument checks and errors (V8's messages), the
// buffer's own methods, inspection and util.types, structuredClone sharing the memory.
const sab = new SharedArrayBuffer(16);
console.log(typeof SharedArrayBuffer, SharedArrayBuffer.length, SharedArrayBuffer.name);
console.log(sab.byteLength, sab instanceof ArrayBuffer, Object.prototype.toString.call(sab));
console.log(sab.growable, sab.maxByteLength);
const ia = new Int32Array(sab);
console.log(ia.length, ia.buffer === sab);
console.log(Atomics.add(ia, 0, 5), Atomics.load(ia, 0));
console.log(Atomics.sub(ia, 0, 2), Atomics.load(ia, 0));
console.log(Atomics.exchange(ia, 1, 7), Atomics.compareExchange(ia, 1, 7, 9), Atomics.compareExchange(ia, 1, 7, 11), ia[1]);
console.log(Atomics.and(ia, 1, 3), Atomics.or(ia, 1, 4), Atomics.xor(ia, 1, 1), ia[1]);
console.log(Atomics.store(ia, 2, 3.7), Atomics.store(ia, 2, -0), Object.is(Atomics.store(ia, 2, -0), -0), ia[2]);
console.log(Atomics.isLockFree(1), Atomics.isLockFree(2), Atomics.isLockFree(3), Atomics.isLockFree(4), Atomics.isLockFree(8));
console.log(Atomics.notify(ia, 0, 1), Atomics.notify(ia, 0));
console.log(Atomics.wait(ia, 0, 42), Atomics.wait(ia, 0, 3, 10));
const u8 = new Uint8Array(sab, 4, 4);
console.log(Atomics.add(u8, 0, 300), u8[0], Atomics.sub(u8, 1, 1), u8[1]);
const i16 = new Int16Array(sab, 8, 2);
console.log(Atomics.add(i16, 1, 40000), i16[1], Atomics.or(i16, 0, -1), i16[0]);
const b64 = new BigInt64Array(sab, 8, 1);
console.log(Atomics.add(b64, 0, 5n), Atomics.load(b64, 0), Atomics.compareExchange(b64, 0, -60000n, 1n));
const u32 = new Uint32Array(sab);
console.log(Atomics.sub(u32, 3, 1), u32[3]);
const plain = new Int32Array(4);
console.log(Atomics.add(plain, 0, 2), Atomics.notify(plain, 0, 1));
for (const f of [
  () => Atomics.wait(plain, 0, 0),
  () => Atomics.add(new Float64Array(sab), 0, 1),
  () => Atomics.add(new Uint8ClampedArray(sab), 0, 1),
  () => Atomics.add(ia, 4, 1),
  () => Atomics.add(ia, -1, 1),
  () => Atomics.wait(new Int16Array(sab), 0, 0),
  () => Atomics.add([1], 0, 1),
  () => Atomics.add(b64, 0, 1),
  () => Atomics.load(ia, 'x'),
  () => Atomics.load(ia, 1.5),
  () => new SharedArrayBuffer(-1),
  () => Atomics.notify(new Int16Array(sab), 0),
  () => Atomics.wait(ia, 0, 0, NaN) && 0,
]) { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
console.log(sab.slice(4, 8).byteLength, sab.slice(4, 8) instanceof SharedArrayBuffer, new Uint8Array(sab.slice(4, 6)));
console.log(Object.getOwnPropertyNames(SharedArrayBuffer.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Atomics).sort().join(), String(Atomics));
{
const sab = new SharedArrayBuffer(8);
for (const f of [
  () => Atomics.wait([1], 0, 0),
  () => Atomics.wait(new Float64Array(sab), 0, 0),
  () => Atomics.notify([1], 0, 0),
  () => Atomics.notify(new Float64Array(sab), 0, 0),
  () => Atomics.notify(new Int32Array(4), 9, 0),
  () => Atomics.load({}, 0),
  () => Atomics.load(null, 0),
  () => Atomics.load(undefined, 0),
  () => Atomics.load(new DataView(sab), 0),
  () => sab.grow(16),
  () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(new ArrayBuffer(1)),
  () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call({}),
  () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(2)),
  () => SharedArrayBuffer(4),
  () => new SharedArrayBuffer(2 ** 53),
  () => new SharedArrayBuffer(1.7).byteLength,
  () => new SharedArrayBuffer('3').byteLength,
  () => new SharedArrayBuffer().byteLength,
  () => new SharedArrayBuffer(4, { maxByteLength: 2 }),
  () => Atomics.store(new Int32Array(sab), 0, Infinity),
  () => Atomics.store(new Int32Array(sab), 0, 2 ** 40 + 5),
  () => Atomics.load(new Int32Array(sab), 0),
  () => Atomics.add(new Int32Array(sab), 0, 1n),
  () => Atomics.store(new BigInt64Array(sab), 0, '12'),
  () => Atomics.store(new BigUint64Array(sab), 0, -1n),
  () => Atomics.load(new BigUint64Array(sab), 0),
  () => Atomics.wait(new Int32Array(sab), 0, 0, -5),
  () => Atomics.notify(new Int32Array(sab), 0, -3),
  () => Atomics.isLockFree('4'),
  () => Object.getOwnPropertyDescriptor(globalThis, 'Atomics'),
  () => Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer').enumerable,
  () => Object.getOwnPropertyDescriptor(Atomics, 'add'),
  () => [Atomics.add.length, Atomics.compareExchange.length, Atomics.wait.length, Atomics.waitAsync.length, Atomics.notify.length, Atomics.isLockFree.length, Atomics.load.length, Atomics.store.length].join(),
  () => new SharedArrayBuffer(8).slice(-2).byteLength,
  () => new (class extends SharedArrayBuffer {})(3) instanceof SharedArrayBuffer,
]) { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
}
