'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding Standard, Node v20's shapes and errors).

const { makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS }, validateObject } = require('errors');
const { isUint8Array, bufferSource } = require('binary');
const { encodingName, newDecoder, encodeUTF8, encodeInto } = internal;

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const U8 = Uint8Array;

function enumerable(C, names, tag) {
  for (const n of names) Object.defineProperty(C.prototype, n, { enumerable: true });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) throw ERR_INVALID_THIS('TextEncoder');
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return new U8(encodeUTF8(`${input}`));
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    src = `${src}`;
    if (!isUint8Array(dest)) throw ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [buffer, offset, length] = bufferSource(dest);
    const [read, written] = encodeInto(src, buffer, offset, length);
    return { read, written };
  }

  [kInspect](depth, opts, inspect) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, opts);
  }
}
enumerable(TextEncoder, ['encoding', 'encode', 'encodeInto'], 'TextEncoder');

function ERR_ENCODING_NOT_SUPPORTED(name) {
  return makeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${name}" encoding is not supported`);
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #decode;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) throw ERR_INVALID_THIS('TextDecoder');
  }

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options != null) validateObject(options, 'options', 1);
    const name = encodingName(encoding);
    if (name === undefined) throw ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (name === 'replacement' || name === 'x-user-defined') throw ERR_ENCODING_NOT_SUPPORTED(name);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#decode = newDecoder(name, this.#fatal, this.#ignoreBOM);
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    let src;
    if (input !== undefined) {
      src = bufferSource(input);
      if (src === undefined) {
        throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      }
    }
    if (options != null) validateObject(options, 'options', 1);
    const stream = Boolean(options?.stream);
    if (src === undefined) return this.#decode(undefined, 0, 0, stream);
    return this.#decode(src[0], src[1], src[2], stream);
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  [kInspect](depth, opts, inspect) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${this.constructor?.name || 'TextDecoder'} ${inspect(obj)}`;
  }
}
enumerable(TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM'], 'TextDecoder');

module.exports = { TextEncoder, TextDecoder };
