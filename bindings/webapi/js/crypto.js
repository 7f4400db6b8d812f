'use strict';
// The common subset of Node's 'crypto' module: random values, UUIDs, hashes, HMACs
// and timingSafeEqual, backed by Go's crypto packages.

const {
  makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE }, validateNumber, validateFunction,
  validateObject, validateString, validateBoolean,
} = require('errors');
const { isArrayBuffer, isView, bufferSource } = require('binary');
const { crypto: webcrypto, Crypto } = require('webcrypto');
const {
  randomFill: fillRange, randomUUID: uuid, randomInt: randInt, hashSupported, hashNames, newHash,
  stringBytes, encodeBytes, timingSafeEqual: tse, hostModule,
} = internal;

let BufferCtor;
function toBuffer(ab) {
  if (BufferCtor === undefined) {
    const mod = hostModule('buffer');
    BufferCtor = typeof mod?.Buffer === 'function' ? mod.Buffer
      : typeof globalThis.Buffer === 'function' ? globalThis.Buffer : null;
  }
  return BufferCtor ? BufferCtor.from(ab) : new Uint8Array(ab);
}

function later(fn, ...args) {
  if (typeof setImmediate === 'function') setImmediate(fn, ...args);
  else Promise.resolve().then(() => fn(...args));
}

const kMaxLength = 2 ** 31 - 1;

function randomBytes(size, callback = undefined) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const ab = new ArrayBuffer(size);
  fillRange(ab, 0, size);
  const buf = toBuffer(ab);
  if (callback === undefined) return buf;
  later(callback, null, buf);
}

function validateBufferArg(buf, name) {
  if (!isView(buf) && !isArrayBuffer(buf)) {
    throw ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function fillArgs(buf, offset, size) {
  validateBufferArg(buf, 'buf');
  const [ab, base, length] = bufferSource(buf);
  const elementSize = buf.BYTES_PER_ELEMENT ?? 1;
  offset = offset === undefined ? 0 : offset;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  if (offset < 0 || offset > length || offset !== Math.floor(offset)) {
    throw ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${length}`, offset);
  }
  if (size === undefined) size = length - offset;
  else {
    validateNumber(size, 'size');
    size *= elementSize;
  }
  if (size < 0 || size > length - offset || size !== Math.floor(size)) {
    throw ERR_OUT_OF_RANGE('size', `>= 0 && <= ${length - offset}`, size);
  }
  return [ab, base + offset, size];
}

function randomFillSync(buf, offset = 0, size = undefined) {
  const [ab, off, n] = fillArgs(buf, offset, size);
  fillRange(ab, off, n);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const [ab, off, n] = fillArgs(buf, offset, size);
  fillRange(ab, off, n);
  later(callback, null, buf);
}

const RAND_MAX = 0xFFFF_FFFF_FFFF;

function randomInt(min, max = undefined, callback = undefined) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const n = randInt(min, max);
  if (isSync) return n;
  if (typeof process === 'object' && typeof process?.nextTick === 'function') process.nextTick(callback, undefined, n);
  else later(callback, undefined, n);
}

function randomUUID(options = undefined) {
  if (options !== undefined) validateObject(options, 'options');
  if (options?.disableEntropyCache !== undefined) validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  return uuid();
}

function getRandomValues(data) {
  return webcrypto.getRandomValues(data);
}

function ERR_CRYPTO_HASH_FINALIZED() {
  return makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// dataArgs converts update()'s data to the arguments of the Go handle.
function dataArgs(data, encoding) {
  if (typeof data === 'string') {
    if (typeof encoding !== 'string') encoding = 'utf8';
    if (data.length % 2 !== 0 && encoding.toLowerCase() === 'hex') {
      throw ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    return [data, encoding];
  }
  if (!isView(data)) {
    throw ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return bufferSource(data);
}

function digestResult(ab, outputEncoding) {
  if (typeof outputEncoding === 'string' && outputEncoding !== 'buffer') {
    const s = encodeBytes(ab, 0, ab.byteLength, outputEncoding);
    if (s !== undefined) return s;
  }
  return toBuffer(ab);
}

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const handle = algorithm instanceof _Handle ? algorithm.h : undefined;
  if (handle === undefined) {
    validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null) validateObject(options, 'options');
  }
  const h = handle ?? newHash(algorithm);
  if (h === undefined) throw new Error('Digest method not supported');
  this[kHandle] = h;
  this[kState] = { finalized: false };
  this._options = options;
}
class _Handle { constructor(h) { this.h = h; } }

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw ERR_CRYPTO_HASH_FINALIZED();
  const h = this[kHandle].copy();
  return new Hash(new _Handle(h), options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw ERR_CRYPTO_HASH_FINALIZED();
  const args = dataArgs(data, encoding);
  this[kHandle].update(...args);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) throw ERR_CRYPTO_HASH_FINALIZED();
  this[kState].finalized = true;
  return digestResult(this[kHandle].digest(), outputEncoding);
};

function prepareKey(key) {
  if (typeof key === 'string') {
    const ab = stringBytes(key, 'utf8');
    return [ab, 0, ab.byteLength];
  }
  if (isArrayBuffer(key) || isView(key)) return bufferSource(key);
  throw ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const k = prepareKey(key);
  const h = newHash(hmac, k);
  if (h === undefined) throw makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  this[kHandle] = h;
  this[kState] = { finalized: false };
  this._options = options;
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) {
    const empty = new ArrayBuffer(0);
    return digestResult(empty, outputEncoding);
  }
  state.finalized = true;
  return digestResult(this[kHandle].digest(), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  return new Hash(algorithm).update(input).digest(outputEncoding);
}

function timingSafeEqual(buf1, buf2) {
  for (const [b, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    if (!isArrayBuffer(b) && !isView(b)) {
      throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  const a = bufferSource(buf1), b = bufferSource(buf2);
  if (a[2] !== b[2]) {
    throw makeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return tse(a[0], a[1], a[2], b[0], b[1], b[2]);
}

function getHashes() {
  return hashNames();
}

module.exports = {
  createHash, createHmac, hash, Hash, Hmac, getHashes, timingSafeEqual,
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
  pseudoRandomBytes: randomBytes, prng: randomBytes, rng: randomBytes,
  webcrypto, Crypto,
  constants: {},
};
