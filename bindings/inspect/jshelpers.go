package inspect

// helpersSource implements the parts of the util module that are plain
// JavaScript in Node (promisify, callbackify, inherits, deprecate,
// isDeepStrictEqual). It is compiled once per loaded util module and
// receives the Go-implemented pieces it needs as arguments.
const helpersSource = `(function (inspect, types, kCustomPromisified) {
'use strict';
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectValues = Object.values;
const ObjectKeys = Object.keys;
const ObjectIs = Object.is;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const ObjectToString = (o) => Object.prototype.toString.call(o);

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint': return 'type bigint (' + value + 'n)';
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return 'type number (' + value + ')';
    case 'boolean': return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol': return 'type symbol (' + String(value) + ')';
    case 'function': return 'function ' + value.name;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return 'an instance of ' + value.constructor.name;
      }
      return inspect(value, { depth: -1 });
    case 'string':
      if (value.length > 28) value = value.slice(0, 25) + '...';
      if (value.indexOf("'") === -1) return "type string ('" + value + "')";
      return 'type string (' + JSON.stringify(value) + ')';
  }
  return 'type ' + type;
}

function invalidArgType(name, expected, actual) {
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += name + ' ';
  } else {
    msg += '"' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' ';
  }
  msg += 'must be ';
  if (expected === 'Function' || expected === 'Object') {
    msg += 'of type ' + expected.toLowerCase();
  } else {
    msg += expected;
  }
  msg += '. Received ' + determineSpecificType(actual);
  const err = new TypeError(msg);
  err.name = 'TypeError [ERR_INVALID_ARG_TYPE]';
  err.stack; // goja computes the stack lazily from the current name
  delete err.name;
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function nextTick(fn, ...args) {
  if (typeof process === 'object' && process !== null && typeof process.nextTick === 'function') {
    process.nextTick(fn, ...args);
  } else {
    Promise.resolve().then(() => fn(...args));
  }
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisified, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          return reject(err);
        }
        resolve(values[0]);
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisified, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  const propertiesValues = ObjectValues(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    ObjectSetPrototypeOf(propertiesValues[i], null);
  }
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisified;

const callbackifyOnRejected = (reason, cb) => {
  if (!reason) {
    const err = new Error('Promise was rejected with falsy value');
    err.code = 'ERR_FALSY_VALUE_REJECTION';
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
};

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args)
      .then((ret) => nextTick(cb, null, ret),
            (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const propertiesValues = ObjectValues(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    ObjectSetPrototypeOf(propertiesValues[i], null);
  }
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
  let warned = false;
  function emit() {
    if (warned) return;
    warned = true;
    if (typeof process !== 'object' || process === null || typeof process.emitWarning !== 'function') return;
    if (code !== undefined) {
      if (!codesWarned.has(code)) {
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned.add(code);
      }
    } else {
      process.emitWarning(msg, 'DeprecationWarning', deprecated);
    }
  }
  function deprecated(...args) {
    if (typeof process !== 'object' || process === null || !process.noDeprecation) {
      emit();
    }
    if (new.target) {
      return ReflectConstruct(fn, args, new.target);
    }
    return ReflectApply(fn, this, args);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

// isDeepStrictEqual follows lib/internal/util/comparisons.js (strict mode).
const kNoIterator = 0, kIsArray = 1, kIsSet = 2, kIsMap = 3;

function isBoxedEqual(a, b) {
  if (types.isNumberObject(a)) return types.isNumberObject(b) && ObjectIs(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (types.isStringObject(a)) return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (types.isBooleanObject(a)) return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (types.isBigIntObject(a)) return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (types.isSymbolObject(a)) return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

function innerDeepEqual(val1, val2, memos) {
  if (val1 === val2) {
    return val1 !== 0 || ObjectIs(val1, val2);
  }
  if (typeof val1 !== 'object') {
    return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
  }
  if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
  if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) return false;
  const val1Tag = ObjectToString(val1);
  const val2Tag = ObjectToString(val2);
  if (val1Tag !== val2Tag) return false;
  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownNonIndexKeys(val1);
    const keys2 = ownNonIndexKeys(val2);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]' && !types.isBoxedPrimitive(val1) && !types.isProxy(val1)) {
    return keyCheck(val1, val2, memos, kNoIterator);
  } else if (types.isDate(val1)) {
    if (!types.isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags || val1.lastIndex !== val2.lastIndex) return false;
  } else if (types.isNativeError(val1) || val1 instanceof Error) {
    if ((!types.isNativeError(val2) && !(val2 instanceof Error)) || val1.message !== val2.message || val1.name !== val2.name) return false;
  } else if (types.isArrayBufferView(val1)) {
    if (!types.isArrayBufferView(val2) || val1.byteLength !== val2.byteLength) return false;
    if (types.isDataView(val1)) {
      for (let i = 0; i < val1.byteLength; i++) if (val1.getUint8(i) !== val2.getUint8(i)) return false;
    } else {
      if (val1.length !== val2.length) return false;
      for (let i = 0; i < val1.length; i++) {
        if (!ObjectIs(val1[i], val2[i])) return false;
      }
    }
    const keys1 = ownNonIndexKeys(val1);
    const keys2 = ownNonIndexKeys(val2);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, memos, kNoIterator, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, memos, kIsSet);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2)) return false;
    const a = new Uint8Array(val1), b = new Uint8Array(val2);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  } else if (types.isBoxedPrimitive(val1)) {
    if (!isBoxedEqual(val1, val2)) return false;
  } else if (Array.isArray(val2) || types.isArrayBufferView(val2) || types.isSet(val2) ||
             types.isMap(val2) || types.isDate(val2) || types.isRegExp(val2) ||
             types.isAnyArrayBuffer(val2) || types.isBoxedPrimitive(val2) ||
             types.isNativeError(val2) || val2 instanceof Error) {
    return false;
  } else if (types.isWeakMap(val1) || types.isWeakSet(val1) || types.isPromise(val1)) {
    return false;
  }
  return keyCheck(val1, val2, memos, kNoIterator);
}

function ownNonIndexKeys(o) {
  return ObjectKeys(o).filter((k) => !(/^(0|[1-9][0-9]*)$/.test(k) && +k < 4294967295));
}

function keyCheck(val1, val2, memos, iterationType, aKeys) {
  if (aKeys === undefined) {
    aKeys = ObjectKeys(val1);
    if (aKeys.length !== ObjectKeys(val2).length) return false;
  }
  for (let i = 0; i < aKeys.length; i++) {
    if (!isEnumerable(val2, aKeys[i])) return false;
  }
  const symbolKeysA = Object.getOwnPropertySymbols(val1).filter((k) => isEnumerable(val1, k));
  const symbolKeysB = Object.getOwnPropertySymbols(val2).filter((k) => isEnumerable(val2, k));
  if (symbolKeysA.length !== symbolKeysB.length) return false;
  for (const key of symbolKeysA) {
    if (!isEnumerable(val2, key)) return false;
  }
  aKeys = aKeys.concat(symbolKeysA);
  if (aKeys.length === 0 && (iterationType === kNoIterator ||
      (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
    return true;
  }
  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    const val2MemoA = memos.val1.get(val1);
    if (val2MemoA !== undefined) {
      const val2MemoB = memos.val2.get(val2);
      if (val2MemoB !== undefined) return val2MemoA === val2MemoB;
    }
    memos.position++;
  }
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const areEq = objEquiv(val1, val2, aKeys, memos, iterationType);
  memos.val1.delete(val1);
  memos.val2.delete(val2);
  return areEq;
}

function setHasEqualElement(set, val1, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, memo)) {
      set.delete(val2);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, memo) {
  let set = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      if (set === null) set = new Set();
      set.add(val);
    } else if (!b.has(val)) {
      return false;
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!setHasEqualElement(set, val, memo)) return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapEquiv(a, b, memo) {
  let set = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) set = new Set();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, memo)) return false;
    }
  }
  if (set !== null) {
    for (const { 0: key, 1: item } of b) {
      if (typeof key === 'object' && key !== null) {
        let found = false;
        for (const key1 of set) {
          if (innerDeepEqual(key1, key, memo) && innerDeepEqual(a.get(key1), item, memo)) {
            set.delete(key1);
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], memos)) return false;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, undefined);
}

return { promisify, callbackify, inherits, deprecate, isDeepStrictEqual };
})`
