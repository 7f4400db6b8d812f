'use strict';
// The Web Crypto global: crypto.getRandomValues and crypto.randomUUID (crypto.subtle
// is not provided).

const { makeError, codes: { ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR }, domException } = require('errors');
const { typedArrayName, bufferSource } = require('binary');
const { randomFill, randomUUID } = internal;

const kSkip = Symbol('kSkip');
const integerArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

let isCrypto;
class Crypto {
  #brand = true;

  static {
    isCrypto = (o) => o !== null && typeof o === 'object' && #brand in o;
  }

  constructor(skip = undefined) {
    if (skip !== kSkip) throw ERR_ILLEGAL_CONSTRUCTOR();
  }

  getRandomValues(array) {
    if (!isCrypto(this)) throw ERR_INVALID_THIS('Crypto');
    if (arguments.length === 0) {
      throw makeError(TypeError, 'ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    if (!integerArrays.has(typedArrayName(array))) {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    const [buffer, offset, length] = bufferSource(array);
    if (length > 65536) {
      throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    randomFill(buffer, offset, length);
    return array;
  }

  randomUUID() {
    if (!isCrypto(this)) throw ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
for (const n of ['getRandomValues', 'randomUUID']) Object.defineProperty(Crypto.prototype, n, { enumerable: true });
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = new Crypto(kSkip);

module.exports = { crypto, Crypto };
