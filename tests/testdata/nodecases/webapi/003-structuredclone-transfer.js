// structuredClone's transfer option moves ArrayBuffers: the source is detached, views follow, and mistakes throw.
const ab = new ArrayBuffer(4);
const view = new Uint8Array(ab);
view.set([9, 8, 7, 6]);
const moved = structuredClone({ view }, { transfer: [ab] });
console.log(ab.byteLength, view.length, moved.view, moved.view.buffer.byteLength);
try {
  structuredClone(ab);
} catch (e) {
  console.log(e.name, e.message);
}
const other = new ArrayBuffer(2);
try {
  structuredClone(other, { transfer: [other, other] });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  structuredClone(1, { transfer: [new Uint8Array(2)] });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  structuredClone(1, { transfer: 7 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const keep = new ArrayBuffer(3);
try {
  structuredClone([keep, () => {}], { transfer: [keep] });
} catch (e) {
  console.log(e.message, keep.byteLength);
}
const iterable = new ArrayBuffer(5);
console.log(structuredClone(iterable, { transfer: new Set([iterable]) }).byteLength, iterable.byteLength);
