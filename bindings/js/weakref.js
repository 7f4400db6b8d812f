// WeakRef and FinalizationRegistry for an engine without weak references: a WeakRef
// holds its target strongly (deref always returns it) and a registry never calls its
// cleanup callback. Both are allowed by the spec, which never promises collection.
'use strict';
const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
class WeakRef {
  #target;
  constructor(target) {
    if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
    if (!isObject(target)) throw new TypeError('WeakRef: target must be an object');
    this.#target = target;
  }
  deref() { return this.#target; }
}
Object.defineProperty(WeakRef.prototype, Symbol.toStringTag, { value: 'WeakRef', configurable: true });
class FinalizationRegistry {
  #tokens = new Map();
  constructor(cleanup) {
    if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
    if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  }
  register(target, held, token) {
    if (!isObject(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    if (target === held) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
    if (token !== undefined) {
      if (!isObject(token)) throw new TypeError('FinalizationRegistry.prototype.register: invalid unregister token');
      this.#tokens.set(token, (this.#tokens.get(token) || 0) + 1);
    }
  }
  unregister(token) {
    if (!isObject(token)) throw new TypeError('Invalid unregisterToken');
    return this.#tokens.delete(token);
  }
}
Object.defineProperty(FinalizationRegistry.prototype, Symbol.toStringTag, { value: 'FinalizationRegistry', configurable: true });
module.exports = { WeakRef, FinalizationRegistry };
