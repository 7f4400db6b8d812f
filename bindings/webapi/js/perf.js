'use strict';
// performance, PerformanceEntry, PerformanceMark, PerformanceMeasure (W3C User Timing
// as Node v20 implements it in perf_hooks), on the host's clock.

const {
  makeError, codes: { ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_VALUE },
  validateObject, validateNumber, domException,
} = require('errors');
const { now, timeOrigin, structuredClone } = internal;

let eluFn;
function eventLoopUtilization(...args) {
  eluFn ??= internal.eventLoopUtilization() ?? null;
  if (eluFn === null) return { idle: 0, active: 0, utilization: 0 };
  return Reflect.apply(eluFn, undefined, args);
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');

function ERR_PERFORMANCE_INVALID_TIMESTAMP(t) {
  return makeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${t} is not a valid timestamp`);
}
function ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(msg) {
  return makeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', msg);
}

function defineClass(C, names, tag) {
  for (const n of names) Object.defineProperty(C.prototype, n, { enumerable: true });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

function inspectEntry(self, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(self.toJSON(), opts)}`;
}

let isEntry;
class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  static {
    isEntry = (o) => o !== null && typeof o === 'object' && #name in o;
  }

  static #check(o) {
    if (!isEntry(o)) throw ERR_INVALID_THIS('PerformanceEntry');
    return o;
  }

  constructor(skip = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skip !== kSkipThrow) throw ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return PerformanceEntry.#check(this).#name; }
  get entryType() { return PerformanceEntry.#check(this).#type; }
  get startTime() { return PerformanceEntry.#check(this).#start; }
  get duration() { return PerformanceEntry.#check(this).#duration; }

  [kInspect](depth, options, inspect) { return inspectEntry(this, depth, options, inspect); }

  toJSON() {
    PerformanceEntry.#check(this);
    return { name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration };
  }
}
defineClass(PerformanceEntry, ['name', 'entryType', 'startTime', 'duration', 'toJSON'], 'PerformanceEntry');

// The nodeTiming milestones measure() accepts as mark names.
const nodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);
const markTimings = new Map();
const markBuffer = [];
const measureBuffer = [];

const cloneDetail = (d) => (d != null ? structuredClone(d) : null);

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() {
    if (!(#detail in this)) throw ERR_INVALID_THIS('PerformanceMark');
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}
defineClass(PerformanceMark, ['detail', 'toJSON'], 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(skip = undefined, name = undefined, start = undefined, duration = undefined, detail = undefined) {
    if (skip !== kSkipThrow) throw ERR_ILLEGAL_CONSTRUCTOR();
    super(skip, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (!(#detail in this)) throw ERR_INVALID_THIS('PerformanceMeasure');
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}
defineClass(PerformanceMeasure, ['detail', 'toJSON'], 'PerformanceMeasure');

let nodeTiming;
function getNodeTiming() {
  if (nodeTiming === undefined) {
    class PerformanceNodeTiming {
      get name() { return 'node'; }
      get entryType() { return 'node'; }
      get startTime() { return 0; }
      get duration() { return now(); }
      get nodeStart() { return 0; }
      get v8Start() { return 0; }
      get environment() { return 0; }
      get loopStart() { return 0; }
      get loopExit() { return -1; }
      get bootstrapComplete() { return 0; }
      get idleTime() { return 0; }
      [kInspect](depth, options, inspect) {
        if (depth < 0) return this;
        return `PerformanceNodeTiming ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
      }
      toJSON() {
        return {
          name: 'node', entryType: 'node', startTime: 0, duration: this.duration, nodeStart: 0, v8Start: 0,
          bootstrapComplete: 0, environment: 0, loopStart: 0, loopExit: -1, idleTime: 0,
        };
      }
    }
    defineClass(PerformanceNodeTiming, ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start',
      'environment', 'loopStart', 'loopExit', 'bootstrapComplete', 'idleTime', 'toJSON'], 'PerformanceNodeTiming');
    nodeTiming = new PerformanceNodeTiming();
  }
  return nodeTiming;
}

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingNames.has(name)) return getNodeTiming()[name];
  const ts = markTimings.get(name);
  if (ts === undefined) throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

function calculateStartDuration(startOrMeasureOptions, endMark) {
  let start, end, duration;
  let optionsValid = false;
  if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) throw ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }
  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

const byStartTime = (a, b) => a.startTime - b.startTime;

function filterEntries(name, type) {
  let list;
  if (type === 'mark') list = markBuffer;
  else if (type === 'measure') list = measureBuffer;
  else if (type !== undefined) return [];
  else list = [...markBuffer, ...measureBuffer];
  if (name !== undefined) list = list.filter((e) => e.name === name);
  else list = list.slice();
  return list.sort(byStartTime);
}

function clearBuffer(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let j = 0;
  for (let i = 0; i < buffer.length; i++) if (buffer[i].name !== name) buffer[j++] = buffer[i];
  buffer.length = j;
}

const Base = typeof EventTarget === 'function' ? EventTarget : Object;

let isPerformance;
class Performance extends Base {
  #brand = true;

  static {
    isPerformance = (o) => o !== null && typeof o === 'object' && #brand in o;
  }

  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static #check(o) {
    if (!isPerformance(o)) throw ERR_INVALID_THIS('Performance');
  }

  clearMarks(name = undefined) {
    Performance.#check(this);
    if (name !== undefined) {
      name = `${name}`;
      if (nodeTimingNames.has(name)) throw ERR_INVALID_ARG_VALUE('name', name);
      markTimings.delete(name);
    } else {
      markTimings.clear();
    }
    clearBuffer(markBuffer, name);
  }

  clearMeasures(name = undefined) {
    Performance.#check(this);
    clearBuffer(measureBuffer, name === undefined ? undefined : `${name}`);
  }

  clearResourceTimings() { Performance.#check(this); }

  getEntries() {
    Performance.#check(this);
    return filterEntries();
  }

  getEntriesByName(name, type = undefined) {
    Performance.#check(this);
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    return filterEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    Performance.#check(this);
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    return filterEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    Performance.#check(this);
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    markBuffer.push(mark);
    return mark;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    Performance.#check(this);
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    name = `${name}`;
    const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
    const detail = cloneDetail(startOrMeasureOptions?.detail);
    const measure = new PerformanceMeasure(kSkipThrow, name, start, duration, detail);
    measureBuffer.push(measure);
    return measure;
  }

  now() {
    Performance.#check(this);
    return now();
  }

  setResourceTimingBufferSize() { Performance.#check(this); }

  get timeOrigin() {
    Performance.#check(this);
    return timeOrigin;
  }

  get nodeTiming() {
    Performance.#check(this);
    return getNodeTiming();
  }

  eventLoopUtilization(utilization1 = undefined, utilization2 = undefined) {
    Performance.#check(this);
    return eventLoopUtilization(utilization1, utilization2);
  }

  toJSON() {
    Performance.#check(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin }, opts)}`;
  }
}
defineClass(Performance, ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize',
  'timeOrigin', 'toJSON', 'nodeTiming', 'eventLoopUtilization'], 'Performance');

const performance = new Performance(kSkipThrow);

module.exports = {
  performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
