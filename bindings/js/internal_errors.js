'use strict';
// Node-style errors (internal/errors) and validators (internal/validators).

let utilInspect;
function inspect(v, opts) {
  switch (typeof v) {
    case 'string':
      if (!/[\x00-\x1f'\\\x7f-\x9f]/.test(v)) return `'${v}'`;
      break;
    case 'number': return Object.is(v, -0) ? '-0' : `${v}`;
    case 'bigint': return `${v}n`;
    case 'boolean': case 'undefined': return `${v}`;
    case 'symbol': return v.toString();
    default: if (v === null) return 'null';
  }
  utilInspect ??= require('util').inspect;
  return utilInspect(v, opts);
}

function determineSpecificType(v) {
  if (v == null) return `${v}`;
  switch (typeof v) {
    case 'function': return `function ${v.name}`;
    case 'object':
      if (v.constructor && 'name' in v.constructor) return `an instance of ${v.constructor.name}`;
      return inspect(v, { depth: -1 });
    case 'string':
      if (v.length > 28) v = `${v.slice(0, 25)}...`;
      return v.indexOf("'") === -1 ? `type string ('${v}')` : `type string (${JSON.stringify(v)})`;
  }
  return `type ${typeof v} (${inspect(v)})`;
}

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, configurable: true,
  });
  err.code = code;
  // Node's stack header carries the code: "TypeError [ERR_X]: message".
  const s = err.stack;
  if (typeof s === 'string') {
    const i = s.indexOf('\n');
    Object.defineProperty(err, 'stack', {
      value: `${err.name} [${code}]: ${message}${i < 0 ? '' : s.slice(i)}`,
      writable: true, configurable: true,
    });
  }
  return err;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function formatList(a) {
  if (a.length < 3) return a.join(' or ');
  return `${a.slice(0, -1).join(', ')}, or ${a[a.length - 1]}`;
}

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [], instances = [], other = [];
  for (const v of expected) {
    if (kTypes.includes(v)) types.push(v.toLowerCase());
    else if (/^[A-Z][a-zA-Z0-9]*$/.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 1) msg += `one of ${formatList(other)}`;
  else if (other.length === 1) msg += `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}. Received ${determineSpecificType(actual)}`);
}

function ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
  let s = inspect(value);
  if (s.length > 128) s = `${s.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${s}`);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function ERR_OUT_OF_RANGE(str, range, input, replaceDefaultBoolean = false) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  const msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  return makeError(RangeError, 'ERR_OUT_OF_RANGE', `${msg} It must be ${range}. Received ${received}`);
}

function ERR_UNHANDLED_ERROR(err = undefined) {
  return makeError(Error, 'ERR_UNHANDLED_ERROR',
    err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`);
}

function ERR_INVALID_THIS(type) {
  return makeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function ERR_ILLEGAL_CONSTRUCTOR() {
  return makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function ERR_MISSING_ARGS(...args) {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (names.length) {
    case 1: msg += `${names[0]} argument`; break;
    case 2: msg += `${names[0]} and ${names[1]} arguments`; break;
    default: msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  }
  return makeError(TypeError, 'ERR_MISSING_ARGS', `${msg} must be specified`);
}

function ERR_EVENT_RECURSION(type) {
  return makeError(Error, 'ERR_EVENT_RECURSION', `The event "${type}" is already being dispatched`);
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  if (value < min || value > 4294967295) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= 4294967295`, value);
}

// flags: 1 = allow null, 2 = allow arrays, 4 = allow functions (Node's kValidateObject*)
function validateObject(value, name, flags = 0) {
  if ((!(flags & 1) && value === null) || (!(flags & 2) && Array.isArray(value)) ||
      (typeof value !== 'object' && (!(flags & 4) || typeof value !== 'function'))) {
    throw ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

function ERR_UNKNOWN_ENCODING(enc) {
  return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

function ERR_UNKNOWN_SIGNAL(sig) {
  return makeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
}

function ERR_INVALID_URL_SCHEME(expected) {
  return makeError(TypeError, 'ERR_INVALID_URL_SCHEME', `The URL must be of scheme ${expected}`);
}

function ERR_INVALID_FILE_URL_HOST(platform) {
  return makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${platform}`);
}

function ERR_INVALID_FILE_URL_PATH(msg) {
  return makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', `File URL path ${msg}`);
}

function ERR_METHOD_NOT_IMPLEMENTED(name) {
  return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
}

function ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name) {
  return makeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
}

function ERR_STREAM_WRITE_AFTER_END() {
  return makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
}

function ERR_STREAM_DESTROYED(name) {
  return makeError(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${name} after a stream was destroyed`);
}

module.exports = {
  AbortError,
  inspect,
  determineSpecificType,
  makeError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNHANDLED_ERROR,
    ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_EVENT_RECURSION,
    ERR_UNKNOWN_ENCODING, ERR_UNKNOWN_SIGNAL, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_METHOD_NOT_IMPLEMENTED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED,
  },
  validateNumber, validateInteger, validateInt32, validateUint32, validateObject, validateFunction,
  validateBoolean, validateString, validateAbortSignal, validateArray, validateOneOf,
  // Shared between 'events' and the EventTarget implementation.
  kEvents: Symbol('kEvents'),
  kResistStopPropagation: Symbol('kResistStopPropagation'),
  kMaxEventTargetListeners: Symbol('events.maxEventTargetListeners'),
  kMaxEventTargetListenersWarned: Symbol('events.maxEventTargetListenersWarned'),
};
