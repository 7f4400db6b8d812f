'use strict';
// Brand checks and views of binary data, with the built-ins captured at load time.

const uncurry = (f) => Function.prototype.call.bind(f);
const gOPD = Object.getOwnPropertyDescriptor;
const TA = Object.getPrototypeOf(Uint8Array.prototype);
const taTag = uncurry(gOPD(TA, Symbol.toStringTag).get);
const taBuffer = uncurry(gOPD(TA, 'buffer').get);
const taOffset = uncurry(gOPD(TA, 'byteOffset').get);
const taByteLength = uncurry(gOPD(TA, 'byteLength').get);
const dvBuffer = uncurry(gOPD(DataView.prototype, 'buffer').get);
const dvOffset = uncurry(gOPD(DataView.prototype, 'byteOffset').get);
const dvByteLength = uncurry(gOPD(DataView.prototype, 'byteLength').get);
const abByteLength = uncurry(gOPD(ArrayBuffer.prototype, 'byteLength').get);
const isView = ArrayBuffer.isView;
const { isArrayBuffer } = internal;

// typedArrayName returns the typed array's type ('Uint8Array' …) or undefined.
const typedArrayName = (v) => taTag(v);
const isTypedArray = (v) => taTag(v) !== undefined;
const isUint8Array = (v) => taTag(v) === 'Uint8Array';
const isDataView = (v) => isView(v) && taTag(v) === undefined;

// bufferSource returns [arrayBuffer, byteOffset, byteLength] for an ArrayBuffer or a
// view of one, else undefined.
function bufferSource(v) {
  if (isArrayBuffer(v)) return [v, 0, abByteLength(v)];
  if (!isView(v)) return undefined;
  if (taTag(v) !== undefined) return [taBuffer(v), taOffset(v), taByteLength(v)];
  return [dvBuffer(v), dvOffset(v), dvByteLength(v)];
}

module.exports = {
  isArrayBuffer, isView, isTypedArray, isUint8Array, isDataView, typedArrayName, bufferSource,
  taBuffer, taOffset, taByteLength,
};
