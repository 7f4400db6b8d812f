'use strict';
// node:perf_hooks: the histograms (createHistogram, monitorEventLoopDelay), after
// Node v20's lib/internal/histogram.js and lib/internal/perf/event_loop_delay.js.
// The numbers come from Go (an HDR histogram per handle); this file is the JS
// surface and Node's argument checks. It is called with the Go natives and the
// performance object and returns the module's exports.
(function (internal, performance) {
  const kHandle = Symbol('kHandle');
  const kMap = Symbol('kMap');
  const kEnabled = Symbol('kEnabled');
  const kResolution = Symbol('kResolution');
  const kRecordable = Symbol('kRecordable');
  const kELD = Symbol('kELD');
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const MAX_SAFE = Number.MAX_SAFE_INTEGER;

  // --- Node's errors and validators (the few this module needs) ---

  function makeError(Base, code, message) {
    const err = new Base(message);
    err.code = code;
    Object.defineProperty(err, 'toString', {
      value() { return `${this.name} [${code}]: ${this.message}`; },
      writable: true, configurable: true,
    });
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

  function show(v) {
    switch (typeof v) {
      case 'string': return v.indexOf("'") === -1 ? `'${v}'` : JSON.stringify(v);
      case 'bigint': return `${v}n`;
      case 'number': return Object.is(v, -0) ? '-0' : `${v}`;
      default: return String(v);
    }
  }

  function received(v) {
    if (v == null) return `${v}`;
    switch (typeof v) {
      case 'function': return `function ${v.name}`;
      case 'object':
        if (v.constructor && 'name' in v.constructor) return `an instance of ${v.constructor.name}`;
        return '[Object: null prototype] {}';
      case 'string':
        if (v.length > 28) v = `${v.slice(0, 25)}...`;
        return `type string (${show(v)})`;
    }
    return `type ${typeof v} (${show(v)})`;
  }

  function invalidArgType(name, expected, actual) {
    const what = name.includes('.') ? 'property' : 'argument';
    const must = expected !== 'Object' && /^[A-Z]/.test(expected) ?
      `an instance of ${expected}` : `of type ${expected.toLowerCase()}`;
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" ${what} must be ${must}. Received ${received(actual)}`);
  }

  function withSeparators(s) {
    let res = '';
    let i = s.length;
    const start = s[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${s.slice(i - 3, i)}${res}`;
    return `${s.slice(0, i)}${res}`;
  }

  function outOfRange(name, range, input) {
    const got = Number.isInteger(input) && Math.abs(input) > 2 ** 32 ? withSeparators(String(input)) : show(input);
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${got}`);
  }

  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = MAX_SAFE) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }

  function validateObject(value, name) {
    if (value === null || Array.isArray(value) || typeof value !== 'object') {
      throw invalidArgType(name, 'Object', value);
    }
  }

  function illegalConstructor() {
    return makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  // --- Histograms ---

  // The percentiles map is Node's SafeMap: a Map whose prototype holds copies of
  // Map's methods and inherits from nothing (so it is not instanceof Map).
  class SafeMap extends Map {}
  for (const key of Reflect.ownKeys(Map.prototype)) {
    if (key !== 'constructor') {
      Object.defineProperty(SafeMap.prototype, key, Object.getOwnPropertyDescriptor(Map.prototype, key));
    }
  }
  Object.setPrototypeOf(SafeMap.prototype, null);
  Object.freeze(SafeMap.prototype);
  Object.freeze(SafeMap);

  let constructing = false;
  function construct(Class, native) {
    constructing = true;
    try {
      const h = new Class();
      h[kHandle] = native;
      h[kMap] = new SafeMap();
      return h;
    } finally {
      constructing = false;
    }
  }

  // handle returns the Go histogram of a histogram, and throws Node's ERR_INVALID_THIS
  // for anything else.
  function handle(self, type = 'Histogram', brand = kHandle) {
    const h = self != null && typeof self === 'object' ? self[kHandle] : undefined;
    if (h === undefined || (brand !== kHandle && self[brand] !== true)) {
      throw makeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
    }
    return h;
  }

  function percentiles(self, h, big) {
    const map = self[kMap];
    map.clear();
    const pairs = internal.percentiles(h, big);
    for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
    return map;
  }

  function validatePercentile(p) {
    if (typeof p !== 'number') throw invalidArgType('percentile', 'number', p);
    if (Number.isNaN(p) || p <= 0 || p > 100) throw outOfRange('percentile', '> 0 && <= 100', p);
  }

  class Histogram {
    constructor() {
      if (!constructing) throw illegalConstructor();
    }

    [kInspect](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      const fields = {
        min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
        stddev: this.stddev, count: this.count, percentiles: this.percentiles,
      };
      return `Histogram ${typeof inspect === 'function' ? inspect(fields, opts) : JSON.stringify(fields)}`;
    }

    get count() { return internal.count(handle(this), false); }
    get countBigInt() { return internal.count(handle(this), true); }
    get min() { return internal.min(handle(this), false); }
    get minBigInt() { return internal.min(handle(this), true); }
    get max() { return internal.max(handle(this), false); }
    get maxBigInt() { return internal.max(handle(this), true); }
    get mean() { return internal.mean(handle(this)); }
    get exceeds() { return internal.exceeds(handle(this), false); }
    get exceedsBigInt() { return internal.exceeds(handle(this), true); }
    get stddev() { return internal.stddev(handle(this)); }

    percentile(percentile) {
      const h = handle(this);
      validatePercentile(percentile);
      return internal.percentile(h, percentile, false);
    }

    percentileBigInt(percentile) {
      const h = handle(this);
      validatePercentile(percentile);
      return internal.percentile(h, percentile, true);
    }

    get percentiles() { return percentiles(this, handle(this), false); }
    get percentilesBigInt() { return percentiles(this, handle(this), true); }

    reset() { internal.reset(handle(this)); }

    toJSON() {
      return {
        count: this.count, min: this.min, max: this.max, mean: this.mean,
        exceeds: this.exceeds, stddev: this.stddev,
        percentiles: Object.fromEntries(this.percentiles.entries()),
      };
    }
  }

  class RecordableHistogram extends Histogram {
    record(val) {
      const h = handle(this, 'RecordableHistogram', kRecordable);
      if (typeof val !== 'bigint') validateInteger(val, 'val', 1);
      internal.record(h, val);
    }

    recordDelta() {
      internal.recordDelta(handle(this, 'RecordableHistogram', kRecordable));
    }

    add(other) {
      const h = handle(this, 'RecordableHistogram', kRecordable);
      if (other == null || typeof other !== 'object' || other[kRecordable] !== true) {
        throw invalidArgType('other', 'RecordableHistogram', other);
      }
      internal.add(h, other[kHandle]);
    }
  }
  Object.defineProperty(RecordableHistogram.prototype, kRecordable, { value: true });

  class ELDHistogram extends Histogram {
    enable() {
      const h = handle(this, 'ELDHistogram', kELD);
      if (this[kEnabled]) return false;
      this[kEnabled] = true;
      internal.start(h, this[kResolution]);
      return true;
    }

    disable() {
      const h = handle(this, 'ELDHistogram', kELD);
      if (!this[kEnabled]) return false;
      this[kEnabled] = false;
      internal.stop(h);
      return true;
    }
  }
  Object.defineProperty(ELDHistogram.prototype, kELD, { value: true });

  function createHistogram(options = {}) {
    validateObject(options, 'options');
    const { lowest = 1, highest = MAX_SAFE, figures = 3 } = options;
    if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, MAX_SAFE);
    if (typeof highest !== 'bigint') {
      validateInteger(highest, 'options.highest', 2 * Number(lowest), MAX_SAFE);
    } else if (highest < 2n * BigInt(lowest)) {
      throw makeError(RangeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.highest' is invalid. Received ${highest}n`);
    }
    validateInteger(figures, 'options.figures', 1, 5);
    return construct(RecordableHistogram, internal.newHistogram(lowest, highest, figures));
  }

  function monitorEventLoopDelay(options = {}) {
    validateObject(options, 'options');
    const { resolution = 10 } = options;
    validateInteger(resolution, 'options.resolution', 1);
    const h = construct(ELDHistogram, internal.newHistogram(1000, -1, 3));
    h[kEnabled] = false;
    h[kResolution] = resolution;
    return h;
  }

  const constants = {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  };

  // Node's other exports (Performance, PerformanceEntry, PerformanceObserver …) belong
  // to the performance timeline; a host that has them adds them to these exports.
  return {
    monitorEventLoopDelay,
    createHistogram,
    performance,
    constants,
  };
})
