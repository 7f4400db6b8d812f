'use strict';
// Node's 'buffer' module, after Node's lib/buffer.js and lib/internal/buffer.js.
// internal.buffer holds the Go natives (bindings/buffer.go): goja_nodejs's Buffer
// constructor (`Buffer`, the one Go code makes Buffers with), string encodings,
// search and compare. The Buffer function below takes over its prototype and its API
// symbol, so Buffers made from Go and from JS are the same kind of object.

const binding = internal.buffer;
const {
  makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  validateNumber, validateInteger, validateString,
} = require('internal/errors');

// FastBuffer makes Buffers from JS, as in Node: its prototype is Buffer.prototype.
// goja_nodejs's constructor is pointed at the same prototype, so Go-made Buffers
// share it (a class is several times faster to construct than Reflect.construct).
class FastBuffer extends Uint8Array {
  constructor(a, b, c) {
    super(a, b, c);
  }
}
const proto = FastBuffer.prototype;
const GoBuffer = binding.Buffer;
GoBuffer.prototype = proto;
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
let INSPECT_MAX_BYTES = 50;

const ERR_BUFFER_OUT_OF_BOUNDS = (name) => makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
  name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
const ERR_UNKNOWN_ENCODING = (enc) => makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
const ERR_INVALID_BUFFER_SIZE = (bits) => makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
  `Buffer size must be a multiple of ${bits}`);

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const isUint8Array = (v) => getTag.call(v) === 'Uint8Array';
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

// normalizeEncoding is Node's: the canonical name, or undefined for an unknown one.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
  }
  return undefined;
}

// getEncodingOps is Node's lookup for an explicit encoding argument: unlike
// normalizeEncoding, null and '' are unknown.
function getEncodingOps(enc) {
  enc = `${enc}`;
  return enc === '' ? undefined : normalizeEncoding(enc);
}

// kCanonical answers the usual spellings without lowercasing.
const kCanonical = {
  __proto__: null, 'utf8': 'utf8', 'utf-8': 'utf8', 'hex': 'hex', 'base64': 'base64', 'base64url': 'base64url',
  'latin1': 'latin1', 'binary': 'latin1', 'ascii': 'ascii', 'ucs2': 'utf16le', 'ucs-2': 'utf16le',
  'utf16le': 'utf16le', 'utf-16le': 'utf16le',
};

// getEncoding is getEncodingOps for an encoding that must be known.
function getEncoding(enc) {
  if (typeof enc === 'string' && kCanonical[enc] !== undefined) return kCanonical[enc];
  const e = getEncodingOps(enc);
  if (e === undefined) throw ERR_UNKNOWN_ENCODING(enc);
  return e;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLengthOf(string, enc) {
  switch (enc) {
    case 'utf8': return binding.byteLengthUtf8(string);
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    default: return base64ByteLength(string, string.length);
  }
}

let bufferWarned = false;
function showFlaggedDeprecation() {
  if (bufferWarned) return;
  const stack = new Error().stack || '';
  if (/[\\/]node_modules[\\/]/.test(stack.split('\n').slice(3).join('\n'))) return;
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, Symbol.species, { enumerable: false, configurable: true, get() { return FastBuffer; } });
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.prototype = proto;
Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
// goja_nodejs's buffer.WrapBytes finds its API through a symbol on the global Buffer.
for (const sym of Object.getOwnPropertySymbols(GoBuffer)) {
  Object.defineProperty(Buffer, sym, Object.getOwnPropertyDescriptor(GoBuffer, sym));
}

function fromString(string, encoding) {
  let enc = 'utf8';
  if (typeof encoding === 'string' && encoding.length !== 0) enc = getEncoding(encoding);
  return binding.fromString(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

const statics = {
  from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return Buffer.from(valueOf, encodingOrOffset, length);
      }
      const b = fromObject(value);
      if (b) return b;
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
      }
    }
    throw ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
  },

  copyBytesFrom(view, offset, length) {
    if (!isArrayBufferView(view) || view instanceof DataView) {
      throw ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
    }
    const viewLength = view.length;
    if (viewLength === 0) return Buffer.alloc(0);
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0);
        if (offset >= viewLength) return new FastBuffer();
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        validateInteger(length, 'length', 0);
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = view.subarray(offset, end);
    }
    const src = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    return new FastBuffer(src.slice().buffer);
  },

  of(...items) {
    const b = new FastBuffer(items.length);
    for (let k = 0; k < items.length; k++) b[k] = items[k];
    return b;
  },

  alloc(size, fill, encoding) {
    validateNumber(size, 'size', 0, kMaxLength);
    const buf = new FastBuffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) return _fill(buf, fill, 0, buf.length, encoding);
    return buf;
  },

  allocUnsafe(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  },

  allocUnsafeSlow(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  },

  isBuffer(b) {
    return b instanceof Buffer;
  },

  compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
    if (!isUint8Array(buf2)) throw ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
    if (buf1 === buf2) return 0;
    return binding.compare(buf1, buf2);
  },

  isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
  },

  concat(list, length) {
    if (!Array.isArray(list)) throw ERR_INVALID_ARG_TYPE('list', 'Array', list);
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    } else {
      validateOffset(length, 'length');
    }
    const buffer = new FastBuffer(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) throw ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      pos += _copyActual(buf, buffer, pos, 0, buf.length);
    }
    return buffer;
  },

  // mustMatch is Node's hidden third argument (length stays 2, set below). The
  // functions here do not read arguments: goja makes an arguments object (some
  // fifteen allocations) on every call of a function that mentions it.
  byteLength(string, encoding, mustMatch) {
    if (typeof string !== 'string') {
      if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
    }
    const len = string.length;
    mustMatch = mustMatch === true;
    if (!mustMatch && len === 0) return 0;
    const enc = encoding ? getEncodingOps(encoding) : 'utf8';
    if (enc === undefined) return mustMatch ? -1 : binding.byteLengthUtf8(string);
    return byteLengthOf(string, enc);
  },
};

Buffer.poolSize = 8 * 1024;
for (const name of Object.keys(statics)) Buffer[name] = statics[name];
Object.defineProperty(Buffer.byteLength, 'length', { value: 2, configurable: true });
Object.defineProperty(Buffer, Symbol.for('kIsEncodingSymbol'), { value: Buffer.isEncoding, enumerable: true, configurable: true, writable: true });

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  target.set(source, targetStart);
  return nb;
}

// _fill is buf.fill(value, offset, end, encoding).
function _fill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      validateString(encoding, 'encoding');
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (enc === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (enc === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') bytes = binding.fromString(value, enc);
  else if (isArrayBufferView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else {
    Uint8Array.prototype.fill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw ERR_INVALID_ARG_VALUE('value', value);
  if (offset > buf.length || end > buf.length) throw ERR_BUFFER_OUT_OF_BOUNDS();
  const n = end - offset;
  if (bytes.length >= n) {
    buf.set(bytes.subarray(0, n), offset);
    return buf;
  }
  buf.set(bytes, offset);
  for (let len = bytes.length; len < n; len *= 2) {
    buf.copyWithin(offset + len, offset, offset + Math.min(len, n - len));
  }
  return buf;
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

// indexOffset is node_buffer.cc's IndexOfOffset: where a search starts, or -1.
function indexOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchView(buffer, needle, byteOffset, forward, aligned) {
  const hay = buffer.length;
  const opt = indexOffset(hay, byteOffset, needle.length, forward);
  if (needle.length === 0) return opt;
  if (hay === 0 || opt <= -1) return -1;
  if ((forward && needle.length + opt > hay) || needle.length > hay) return -1;
  if (aligned && (hay < 2 || needle.length < 2)) return -1;
  return binding.indexOf(buffer, needle, opt, forward, aligned);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;
  if (typeof val === 'number') {
    const opt = indexOffset(buffer.length, byteOffset, 1, dir);
    if (opt <= -1 || buffer.length === 0) return -1;
    return binding.indexOf(buffer, Uint8Array.of((val >>> 0) & 255), opt, dir, false);
  }
  const enc = encoding === undefined ? 'utf8' : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    return searchView(buffer, binding.fromString(val, enc), byteOffset, dir, enc === 'utf16le');
  }
  if (isUint8Array(val)) return searchView(buffer, val, byteOffset, dir, enc === 'utf16le');
  throw ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

const methods = {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return _copy(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    // toString() and toString(undefined, undefined, undefined) are the same.
    if (encoding === undefined && start === undefined && end === undefined) {
      return binding.slice(this, 'utf8', 0, this.length);
    }
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return binding.slice(this, 'utf8', start, end);
    return binding.slice(this, getEncoding(encoding), start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined && sourceEnd === undefined) {
      return binding.compare(this, target); // what the defaults below would compare
    }
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) throw ERR_OUT_OF_RANGE('sourceStart', `<= ${this.length}`, sourceStart);
    if (targetStart > target.length) throw ERR_OUT_OF_RANGE('targetStart', `<= ${target.length}`, targetStart);
    return binding.compare(this.subarray(sourceStart, sourceEnd),
      new Uint8Array(target.buffer, target.byteOffset + targetStart, targetEnd - targetStart));
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    if (offset === undefined) return binding.write(this, string, 0, this.length, 'utf8');
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    const enc = !encoding ? 'utf8' : getEncoding(encoding);
    return binding.write(this, string, offset, length, enc);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw ERR_INVALID_BUFFER_SIZE('16-bits');
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw ERR_INVALID_BUFFER_SIZE('32-bits');
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw ERR_INVALID_BUFFER_SIZE('64-bits');
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  },
};
methods.toLocaleString = methods.toString;

// The per-encoding slice and write methods (buf.hexSlice(start, end), …).
for (const [name, enc] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  methods[`${name}Slice`] = {
    [`${name}Slice`](start = 0, end = this.length) {
      if (start < 0 || end > this.length || start > end) throw ERR_OUT_OF_RANGE('index', 'within bounds', start);
      return binding.slice(this, enc, start, end);
    },
  }[`${name}Slice`];
  methods[`${name}Write`] = {
    [`${name}Write`](string, offset = 0, length = this.length - offset) {
      validateString(string, 'argument');
      if (offset > this.length) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return binding.write(this, string, offset, Math.min(length, this.length - offset), enc);
    },
  }[`${name}Write`];
}

// Custom inspection, as Node's: <Buffer 68 69 ... N more bytes, extra: props>.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
methods[customInspect] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.slice(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    for (const key of keys) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      str += require('util').inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
methods.inspect = methods[customInspect];

// ---- Numeric reads and writes (lib/internal/buffer.js) ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw ERR_BUFFER_OUT_OF_BOUNDS();
  throw ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// readU reads size bytes (1..6) at offset as an unsigned integer.
function readU(buf, offset, size, le) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  let v = 0;
  for (let i = 0; i < size; i++) v += buf[offset + (le ? i : size - 1 - i)] * 2 ** (8 * i);
  return v;
}

function readS(buf, offset, size, le) {
  const v = readU(buf, offset, size, le);
  const bits = 8 * size;
  return v >= 2 ** (bits - 1) ? v - 2 ** bits : v;
}

// writeN writes value (range checked) as size bytes (1..6) at offset.
function writeN(buf, value, offset, size, le, min, max) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (size === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkInt(value, min, max, buf, offset, size - 1);
  }
  let lo = value >>> 0;
  let hi = Math.floor(value / 2 ** 32);
  for (let i = 0; i < size; i++) {
    const pos = offset + (le ? i : size - 1 - i);
    if (i < 4) {
      buf[pos] = lo;
      lo >>>= 8;
    } else {
      buf[pos] = hi;
      hi >>>= 8;
    }
  }
  return offset + size;
}

const intLimits = { 1: [0x7f, 0xff], 2: [0x7fff, 0xffff], 3: [0x7fffff, 0xffffff], 4: [0x7fffffff, 0xffffffff],
  5: [0x7fffffffff, 0xffffffffff], 6: [0x7fffffffffff, 0xffffffffffff] };

function defineFixed(size, suffix, le) {
  const [smax, umax] = intLimits[size];
  for (const u of ['UInt', 'Uint']) {
    methods[`read${u}${size * 8}${suffix}`] = { [`read${u}${size * 8}${suffix}`](offset = 0) { return readU(this, offset, size, le); } }[`read${u}${size * 8}${suffix}`];
    methods[`write${u}${size * 8}${suffix}`] = { [`write${u}${size * 8}${suffix}`](value, offset = 0) { return writeN(this, value, offset, size, le, 0, umax); } }[`write${u}${size * 8}${suffix}`];
  }
  methods[`readInt${size * 8}${suffix}`] = { [`readInt${size * 8}${suffix}`](offset = 0) { return readS(this, offset, size, le); } }[`readInt${size * 8}${suffix}`];
  methods[`writeInt${size * 8}${suffix}`] = { [`writeInt${size * 8}${suffix}`](value, offset = 0) { return writeN(this, value, offset, size, le, -smax - 1, smax); } }[`writeInt${size * 8}${suffix}`];
}
defineFixed(1, '', true);
for (const size of [2, 4]) {
  defineFixed(size, 'LE', true);
  defineFixed(size, 'BE', false);
}

// The common fixed sizes, written out as Node does: about twice as fast in goja as
// the generic helpers above, with the same checks and errors.
function checkOffset(offset) {
  if (typeof offset !== 'number') throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}
const fast = {
  readUInt8(offset = 0) {
    checkOffset(offset);
    const val = this[offset];
    if (val === undefined) boundsError(offset, this.length - 1);
    return val;
  },
  readUInt16LE(offset = 0) {
    checkOffset(offset);
    const first = this[offset];
    const last = this[offset + 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
    return first + last * 2 ** 8;
  },
  readUInt16BE(offset = 0) {
    checkOffset(offset);
    const first = this[offset];
    const last = this[offset + 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
    return first * 2 ** 8 + last;
  },
  readUInt32LE(offset = 0) {
    checkOffset(offset);
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
  },
  readUInt32BE(offset = 0) {
    checkOffset(offset);
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
  },
  readInt32LE(offset = 0) {
    checkOffset(offset);
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + (last << 24);
  },
  readInt32BE(offset = 0) {
    checkOffset(offset);
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
  },
  writeUInt8(value, offset = 0) {
    value = +value;
    checkOffset(offset);
    if (value > 0xff || value < 0) throw ERR_OUT_OF_RANGE('value', '>= 0 and <= 255', value);
    if (this[offset] === undefined) boundsError(offset, this.length - 1);
    this[offset] = value;
    return offset + 1;
  },
  writeUInt16LE(value, offset = 0) {
    value = +value;
    checkInt(value, 0, 0xffff, this, offset, 1);
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
  },
  writeUInt16BE(value, offset = 0) {
    value = +value;
    checkInt(value, 0, 0xffff, this, offset, 1);
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
  },
  writeUInt32LE(value, offset = 0) {
    value = +value;
    checkInt(value, 0, 0xffffffff, this, offset, 3);
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
  },
  writeUInt32BE(value, offset = 0) {
    value = +value;
    checkInt(value, 0, 0xffffffff, this, offset, 3);
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
  },
};
for (const name of Object.keys(fast)) {
  methods[name] = fast[name];
  if (name.includes('UInt')) methods[name.replace('UInt', 'Uint')] = fast[name];
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

for (const [suffix, le] of [['LE', true], ['BE', false]]) {
  for (const u of ['UInt', 'Uint']) {
    methods[`read${u}${suffix}`] = { [`read${u}${suffix}`](offset, byteLength) {
      if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readU(this, offset, byteLength, le);
    } }[`read${u}${suffix}`];
    methods[`write${u}${suffix}`] = { [`write${u}${suffix}`](value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeN(this, value, offset, byteLength, le, 0, intLimits[byteLength][1]);
    } }[`write${u}${suffix}`];
  }
  methods[`readInt${suffix}`] = { [`readInt${suffix}`](offset, byteLength) {
    if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readS(this, offset, byteLength, le);
  } }[`readInt${suffix}`];
  methods[`writeInt${suffix}`] = { [`writeInt${suffix}`](value, offset, byteLength) {
    checkByteLength(byteLength);
    const max = intLimits[byteLength][0];
    return writeN(this, value, offset, byteLength, le, -max - 1, max);
  } }[`writeInt${suffix}`];

  // 64-bit BigInts.
  for (const u of ['UInt', 'Uint']) {
    methods[`readBig${u}64${suffix}`] = { [`readBig${u}64${suffix}`](offset = 0) {
      return BigInt.asUintN(64, readBig64(this, offset, le));
    } }[`readBig${u}64${suffix}`];
    methods[`writeBig${u}64${suffix}`] = { [`writeBig${u}64${suffix}`](value, offset = 0) {
      return writeBig64(this, value, offset, le, 0n, 0xffffffffffffffffn);
    } }[`writeBig${u}64${suffix}`];
  }
  methods[`readBigInt64${suffix}`] = { [`readBigInt64${suffix}`](offset = 0) {
    return BigInt.asIntN(64, readBig64(this, offset, le));
  } }[`readBigInt64${suffix}`];
  methods[`writeBigInt64${suffix}`] = { [`writeBigInt64${suffix}`](value, offset = 0) {
    return writeBig64(this, value, offset, le, -(2n ** 63n), 2n ** 63n - 1n);
  } }[`writeBigInt64${suffix}`];

  // Floats, through a shared scratch array in the machine's (little-endian) order.
  for (const [name, Arr, size] of [['Float', Float32Array, 4], ['Double', Float64Array, 8]]) {
    const scratch = new Arr(1);
    const bytes = new Uint8Array(scratch.buffer);
    methods[`read${name}${suffix}`] = { [`read${name}${suffix}`](offset = 0) {
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + size - 1] === undefined) boundsError(offset, this.length - size);
      for (let i = 0; i < size; i++) bytes[le ? i : size - 1 - i] = this[offset + i];
      return scratch[0];
    } }[`read${name}${suffix}`];
    methods[`write${name}${suffix}`] = { [`write${name}${suffix}`](value, offset = 0) {
      value = +value;
      checkBounds(this, offset, size - 1);
      scratch[0] = value;
      if (value !== value) { // V8's quiet NaN (sign kept), not Go's, whose payload is 1
        const sign = bytes[size - 1] & 0x80;
        bytes.set(size === 4 ? nan32 : nan64);
        bytes[size - 1] |= sign;
      }
      for (let i = 0; i < size; i++) this[offset + i] = bytes[le ? i : size - 1 - i];
      return offset + size;
    } }[`write${name}${suffix}`];
  }
}

const nan32 = [0, 0, 0xc0, 0x7f];
const nan64 = [0, 0, 0, 0, 0, 0, 0xf8, 0x7f];

function readBig64(buf, offset, le) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  const a = readU(buf, offset, 4, le);
  const b = readU(buf, offset + 4, 4, le);
  const [lo, hi] = le ? [a, b] : [b, a];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig64(buf, value, offset, le, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  writeN(buf, le ? lo : hi, offset, 4, le, 0, 0xffffffff);
  writeN(buf, le ? hi : lo, offset + 4, 4, le, 0, 0xffffffff);
  return offset + 8;
}

for (const key of Reflect.ownKeys(methods)) {
  Object.defineProperty(proto, key, { value: methods[key], writable: true, enumerable: false, configurable: true });
}
for (const [name, get] of [['parent', function () { return this instanceof Buffer ? this.buffer : undefined; }],
  ['offset', function () { return this instanceof Buffer ? this.byteOffset : undefined; }]]) {
  Object.defineProperty(proto, name, { get, enumerable: true, configurable: true });
}

// ---- The module ----

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
SlowBuffer.prototype = proto;
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const ok = ['ascii', 'latin1', 'utf16le', 'utf8'];
  if (!ok.includes(from) || !ok.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let s = binding.slice(source, from, 0, source.length);
  if (to === 'ascii' || to === 'latin1') s = s.replace(to === 'ascii' ? /[^\x00-\x7f]/gu : /[^\x00-\xff]/gu, '?');
  return binding.fromString(s, to);
}

function isUtf8(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) {
    return binding.isUtf8(isAnyArrayBuffer(input) ? new Uint8Array(input) : input);
  }
  throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) {
    return binding.isAscii(isAnyArrayBuffer(input) ? new Uint8Array(input) : input);
  }
  throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: globalThis.btoa,
  atob: globalThis.atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
