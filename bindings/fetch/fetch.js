// fetch, Request, Response, Headers (and the ReadableStream subset their bodies need),
// following the WHATWG Fetch standard as Node v20 exposes it through undici: the same
// defaults, validation and error messages. The network exchange itself is done in Go
// (native.send and the body functions); see fetch.go.
//
// This is the body of a function (native, global) compiled once per runtime; it returns
// { fetch, Request, Response, Headers, ReadableStream, newNetResponse }.
'use strict';

const {
  TypeError, RangeError, Error, Promise, Symbol, Object, Array, ArrayBuffer, Uint8Array, JSON, Map,
  Reflect, String, Number,
} = global;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const noop = () => {};
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kInternal = Symbol('kInternal');
const ObjectToString = Object.prototype.toString;
const ObjectCreate = Object.create;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

let utilInspect;
function inspectWith(obj, options, inspect) {
  inspect ??= utilInspect ??= global.require('util').inspect;
  return inspect(obj, options);
}

function getURLClass() { return global.URL; }

function defineToStringTag(C, tag = C.name) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

function enumerable(C, names) {
  for (const n of names) Object.defineProperty(C.prototype, n, { enumerable: true });
}

function illegal() { return new TypeError('Illegal invocation'); }

// argCount throws the TypeError of a WebIDL call with too few arguments. Methods take
// (...args) rather than read arguments.length: goja makes an arguments object (some
// fifteen allocations) on every call of a function that mentions it, even when the
// check is not reached. setLength gives such a method the length its IDL signature has.
function argCount(ctx, n, got) {
  if (got < n) {
    throw new TypeError(`${ctx}: ${n} argument${n === 1 ? '' : 's'} required, but${got ? ' only' : ''} ${got} found.`);
  }
}

function setLength(fn, n) {
  Object.defineProperty(fn, 'length', { value: n, configurable: true });
}

// lowerHeaderName is header name v in lower case, or throws the TypeError of method for
// an invalid one. Names that passed are remembered: code asks for the same few names
// over and over, and goja's regular expressions are slow.
const validHeaderNames = new Map();
function lowerHeaderName(v, method) {
  if (typeof v === 'string') {
    const l = validHeaderNames.get(v);
    if (l !== undefined) return l;
  }
  const name = toByteString(v);
  if (!tokenRe.test(name)) throw new TypeError(`${method}: "${name}" is an invalid header name.`);
  const l = name.toLowerCase();
  if (validHeaderNames.size >= 512) validHeaderNames.clear();
  validHeaderNames.set(name, l);
  return l;
}

// checkedHeaderValue is byte string value without its surrounding whitespace, or throws
// the TypeError of method for one with NUL, CR or LF. Values that needed no trimming
// are remembered, as names are.
const validHeaderValues = new Set();
function checkedHeaderValue(value, method) {
  if (validHeaderValues.has(value)) return value;
  const v = normalizeValue(value);
  if (badValueRe.test(v)) throw new TypeError(`${method}: "${v}" is an invalid header value.`);
  if (v === value) {
    if (validHeaderValues.size >= 512) validHeaderValues.clear();
    validHeaderValues.add(v);
  }
  return v;
}

function toByteString(v) {
  if (typeof v === 'string' && (validHeaderValues.has(v) || validHeaderNames.has(v))) return v; // checked before
  const s = `${v}`;
  if (/[^\x00-\xff]/.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) {
        throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${c} which is greater than 255.`);
      }
    }
  }
  return s;
}

function toUSVString(v) { return `${v}`; }

// ---------------------------------------------------------------------------- URLs

const urlCache = new Map();

function invalidURL(input, base) {
  const cause = new TypeError('Invalid URL');
  cause.code = 'ERR_INVALID_URL';
  cause.input = input;
  if (base !== undefined) cause.base = base;
  return new TypeError(`Failed to parse URL from ${input}`, { cause });
}

// parseURL returns the serialized URL of input (a string); it throws as undici does.
function parseURL(input, checkCredentials = true) {
  const cached = urlCache.get(input);
  if (cached !== undefined) return cached;
  let u;
  try {
    u = new (getURLClass())(input);
  } catch {
    throw invalidURL(input);
  }
  if (checkCredentials && (u.username !== '' || u.password !== '')) {
    throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
  }
  const href = u.href;
  if (urlCache.size >= 256) urlCache.clear();
  if (checkCredentials) urlCache.set(input, href);
  return href;
}

// ---------------------------------------------------------------------------- Headers

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const trimRe = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const badValueRe = /[\0\r\n]/;

function normalizeValue(v) {
  return v.replace(trimRe, '');
}

let headersList, headersGuard, setHeadersGuard, newHeadersFromList, appendHeader, sortedHeaders, addKnownHeader;

class Headers {
  #map = new Map(); // lower-case name -> { name (as first given), value (combined) }
  #cookies = null; // set-cookie values, each on its own
  #sorted = null; // cached sorted [name, value] pairs
  #guard = 'none';

  static {
    headersList = (h) => h.#map;
    headersGuard = (h) => h.#guard;
    setHeadersGuard = (h, g) => { h.#guard = g; };
    // newHeadersFromList makes response headers from a flat [name, value, ...] array of
    // lower-case names, without validating them (they come from Go's parser).
    newHeadersFromList = (flat, guard) => {
      const h = new Headers();
      for (let i = 0; i < flat.length; i += 2) h.#add(flat[i], flat[i], flat[i + 1]);
      h.#guard = guard;
      return h;
    };
  }

  static #check(h) {
    if (h === null || typeof h !== 'object' || !(#map in h)) throw illegal();
    return h;
  }

  constructor(init = undefined) {
    if (init === kInternal) return;
    if (init !== undefined) fillHeaders(this, init, 'Headers constructor', 'Headers contructor');
  }

  #add(lname, name, value) {
    const e = this.#map.get(lname);
    if (e !== undefined) {
      e.value = `${e.value}, ${value}`;
    } else {
      this.#map.set(lname, { name, value });
    }
    if (lname === 'set-cookie') (this.#cookies ??= []).push(value);
    this.#sorted = null;
  }

  append(...args) {
    Headers.#check(this);
    argCount('Headers.append', 2, args.length);
    appendHeader(this, toByteString(args[0]), toByteString(args[1]), 'Headers.append');
  }

  static {
    // addKnownHeader adds a header whose lower-case name and value are known to be
    // valid (constants such as content-type), skipping the checks: the hot path of
    // every Response a server handler makes.
    addKnownHeader = (h, lname, value) => { h.#add(lname, lname, value); };
    appendHeader = (h, name, value, ctx) => {
      const lname = lowerHeaderName(name, ctx);
      value = checkedHeaderValue(value, ctx);
      if (h.#guard === 'immutable') throw new TypeError('immutable');
      h.#add(lname, name, value);
    };
  }

  delete(...args) {
    Headers.#check(this);
    argCount('Headers.delete', 1, args.length);
    const lname = lowerHeaderName(args[0], 'Headers.delete');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    if (!this.#map.has(lname)) return;
    this.#map.delete(lname);
    if (lname === 'set-cookie') this.#cookies = null;
    this.#sorted = null;
  }

  get(...args) {
    Headers.#check(this);
    argCount('Headers.get', 1, args.length);
    const e = this.#map.get(lowerHeaderName(args[0], 'Headers.get'));
    return e === undefined ? null : e.value;
  }

  has(...args) {
    Headers.#check(this);
    argCount('Headers.has', 1, args.length);
    return this.#map.has(lowerHeaderName(args[0], 'Headers.has'));
  }

  set(...args) {
    Headers.#check(this);
    argCount('Headers.set', 2, args.length);
    const name = toByteString(args[0]);
    const value = normalizeValue(toByteString(args[1]));
    if (!tokenRe.test(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (badValueRe.test(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    const lname = name.toLowerCase();
    if (lname === 'set-cookie') this.#cookies = [value];
    const e = this.#map.get(lname);
    if (e !== undefined) e.value = value;
    else this.#map.set(lname, { name, value });
    this.#sorted = null;
  }

  getSetCookie() {
    Headers.#check(this);
    return this.#cookies === null ? [] : this.#cookies.slice();
  }

  static {
    sortedHeaders = (h) => {
      if (h.#sorted !== null) return h.#sorted;
      const names = [...h.#map.keys()].sort();
      const out = [];
      for (const n of names) {
        if (n === 'set-cookie' && h.#cookies !== null) {
          for (const c of h.#cookies) out.push([n, c]);
        } else {
          out.push([n, h.#map.get(n).value]);
        }
      }
      return (h.#sorted = out);
    };
  }

  keys() { return new HeadersIterator(Headers.#check(this), 0); }
  values() { return new HeadersIterator(Headers.#check(this), 1); }
  entries() { return new HeadersIterator(Headers.#check(this), 2); }

  forEach(...args) {
    Headers.#check(this);
    argCount('Headers.forEach', 1, args.length);
    const callback = args[0], thisArg = args[1];
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; ; i++) {
      const list = sortedHeaders(this);
      if (i >= list.length) break;
      const [k, v] = list[i];
      Reflect.apply(callback, thisArg, [v, k, this]);
    }
  }

  [kInspect](depth, options, inspect) {
    Headers.#check(this);
    const obj = {};
    for (const { name, value } of this.#map.values()) obj[name] = value;
    options = { ...options };
    options.depth ??= depth;
    return `Headers ${inspectWith(obj, options, inspect)}`;
  }
}
enumerable(Headers, ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']);
for (const [n, len] of [['append', 2], ['delete', 1], ['get', 1], ['has', 1], ['set', 2], ['forEach', 1]]) {
  setLength(Headers.prototype[n], len);
}
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});
defineToStringTag(Headers);

let isHeadersIterator;
class HeadersIterator {
  #target;
  #kind;
  #index = 0;

  static { isHeadersIterator = (o) => o !== null && typeof o === 'object' && #target in o; }

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (!isHeadersIterator(this)) {
      throw new TypeError("'next' called on an object that does not implement interface Headers Iterator.");
    }
    const list = sortedHeaders(this.#target);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const [k, v] = list[this.#index++];
    return { value: this.#kind === 0 ? k : this.#kind === 1 ? v : [k, v], done: false };
  }
}
Object.setPrototypeOf(HeadersIterator.prototype, IteratorPrototype);
Object.defineProperty(HeadersIterator.prototype, 'constructor', { enumerable: false });
Object.defineProperty(HeadersIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(HeadersIterator.prototype, Symbol.toStringTag, { value: 'Headers Iterator', configurable: true });

// fillHeaders appends init (a sequence of pairs or a record) to h.
function fillHeaders(h, init, ctx, ctxTypo = ctx) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError(`${ctx}: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.`);
  }
  if (typeof init[Symbol.iterator] === 'function') {
    if (init instanceof Headers) {
      // The fast way for a Headers: its pairs, set-cookie values one by one.
      for (const [lname, e] of headersList(init)) {
        if (lname === 'set-cookie') {
          for (const c of init.getSetCookie()) appendHeader(h, e.name, c, 'Headers.append');
        } else {
          appendHeader(h, e.name, e.value, 'Headers.append');
        }
      }
      return;
    }
    let i = 0;
    for (const pair of init) {
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
        typeof pair[Symbol.iterator] !== 'function') {
        let shown;
        try { shown = typeof pair === 'string' ? `"${pair}"` : String(pair); } catch { shown = typeof pair; }
        throw new TypeError(`${ctxTypo}: init[${i}] (${shown}) is not iterable.`);
      }
      const items = [...pair];
      if (items.length !== 2) {
        throw new TypeError(`${ctx}: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendHeader(h, toByteString(items[0]), toByteString(items[1]), 'Headers.append');
      i++;
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key === 'symbol') {
      throw new TypeError(`${ctxTypo}: init is a symbol, which cannot be converted to a DOMString.`);
    }
    // undici reads every own key, enumerable or not (webidl's record, minus proxies).
    appendHeader(h, toByteString(key), toByteString(init[key]), 'Headers.append');
  }
}

// ---------------------------------------------------------------------------- streams

let newStream, streamState, streamDisturbed, streamError, streamReadAll, acquireReader, streamClose,
  streamEnqueue, streamTee, streamRead, streamCancel, streamSetReader, streamStoredError,
  streamDesiredSize;

// ReadableStream is the subset of WHATWG streams response bodies need: a default
// (non-byte) stream with an underlying source's start/pull/cancel, a default reader,
// async iteration and tee.
class ReadableStream {
  #state = 'readable'; // readable | closed | errored
  #queue = [];
  #error = undefined;
  #reader = undefined;
  #disturbed = false;
  #closeRequested = false;
  #started = false;
  #pulling = false;
  #pullAgain = false;
  #hwm = 1;
  #pull = undefined; // (controller) => promise | undefined
  #cancel = undefined; // (reason) => promise | undefined
  #controller = undefined;

  static {
    newStream = (pull, cancel, hwm = 1) => {
      const s = new ReadableStream(kInternal);
      s.#pull = pull;
      s.#cancel = cancel;
      s.#hwm = hwm;
      s.#controller = new ReadableStreamDefaultController(kInternal, s);
      s.#started = true;
      s.#pullIfNeeded();
      return s;
    };
    streamState = (s) => s.#state;
    streamDisturbed = (s) => s.#disturbed;
    streamError = (s, e) => s.#errorStream(e);
    streamClose = (s) => s.#requestClose();
    streamEnqueue = (s, chunk) => s.#enqueue(chunk);
    acquireReader = (s) => new ReadableStreamDefaultReader(s);
  }

  static #check(s) {
    if (s === null || typeof s !== 'object' || !(#state in s)) throw illegal();
    return s;
  }

  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource === kInternal) return;
    if (underlyingSource === null) {
      throw new TypeError('The "underlyingSource" argument must be of type object. Received null');
    }
    const src = underlyingSource ?? {};
    if (src.type !== undefined && `${src.type}` !== 'bytes') {
      throw new RangeError(`The argument 'source.type' is invalid. Received ${src.type}`);
    }
    const hwm = strategy?.highWaterMark;
    this.#hwm = hwm === undefined ? (src.type === 'bytes' ? 0 : 1) : Number(hwm);
    if (Number.isNaN(this.#hwm) || this.#hwm < 0) {
      throw new RangeError(`The value of "strategy.highWaterMark" is invalid. Received ${hwm}`);
    }
    const { start, pull, cancel } = src;
    this.#controller = new ReadableStreamDefaultController(kInternal, this);
    if (typeof pull === 'function') this.#pull = (c) => Reflect.apply(pull, src, [c]);
    if (typeof cancel === 'function') this.#cancel = (r) => Reflect.apply(cancel, src, [r]);
    const started = typeof start === 'function' ? Reflect.apply(start, src, [this.#controller]) : undefined;
    PromiseResolve(started).then(() => {
      this.#started = true;
      this.#pullIfNeeded();
    }, (e) => this.#errorStream(e));
  }

  get locked() { return ReadableStream.#check(this).#reader !== undefined; }

  cancel(reason = undefined) {
    try {
      ReadableStream.#check(this);
    } catch (e) {
      return PromiseReject(e);
    }
    if (this.#reader !== undefined) {
      const e = new TypeError('Invalid state: ReadableStream is locked');
      e.code = 'ERR_INVALID_STATE';
      return PromiseReject(e);
    }
    return this.#doCancel(reason);
  }

  getReader(options = undefined) {
    ReadableStream.#check(this);
    if (options?.mode !== undefined && `${options.mode}` !== 'byob') {
      throw new TypeError(`The argument 'options.mode' is invalid. Received '${options.mode}'`);
    }
    if (options?.mode !== undefined) {
      throw new TypeError('jsloop: BYOB readers are not supported');
    }
    return new ReadableStreamDefaultReader(this);
  }

  tee() {
    ReadableStream.#check(this);
    return streamTee(this);
  }

  values(options = undefined) {
    ReadableStream.#check(this);
    const reader = new ReadableStreamDefaultReader(this);
    return new ReadableStreamAsyncIterator(reader, !!options?.preventCancel);
  }

  pipeTo() { return PromiseReject(new TypeError('jsloop: ReadableStream.prototype.pipeTo is not supported')); }
  pipeThrough() { throw new TypeError('jsloop: ReadableStream.prototype.pipeThrough is not supported'); }

  [kInspect](depth, options, inspect) {
    ReadableStream.#check(this);
    return describeStream(this.locked, this.#state, depth, options, inspect);
  }

  // --- internals (the spec's abstract operations)

  #enqueue(chunk) {
    if (this.#state !== 'readable' || this.#closeRequested) {
      const e = new TypeError('Invalid state: Controller is already closed');
      e.code = 'ERR_INVALID_STATE';
      throw e;
    }
    const reader = this.#reader;
    if (reader !== undefined && readerTakeRequest(reader, chunk)) {
      // handed straight to a waiting read
    } else {
      this.#queue.push(chunk);
    }
    this.#pullIfNeeded();
  }

  #requestClose() {
    if (this.#state !== 'readable' || this.#closeRequested) {
      const e = new TypeError('Invalid state: Controller is already closed');
      e.code = 'ERR_INVALID_STATE';
      throw e;
    }
    this.#closeRequested = true;
    if (this.#queue.length === 0) this.#finishClose();
  }

  #finishClose() {
    if (this.#state !== 'readable') return;
    this.#state = 'closed';
    this.#queue = [];
    this.#pull = undefined;
    this.#cancel = undefined;
    if (this.#reader !== undefined) readerClosed(this.#reader);
  }

  #errorStream(e) {
    if (this.#state !== 'readable') return;
    this.#state = 'errored';
    this.#error = e;
    this.#queue = [];
    this.#pull = undefined;
    this.#cancel = undefined;
    if (this.#reader !== undefined) readerErrored(this.#reader, e);
  }

  #desiredSize() {
    if (this.#state === 'errored') return null;
    if (this.#state === 'closed') return 0;
    return this.#hwm - this.#queue.length;
  }

  #pullIfNeeded() {
    if (!this.#started || this.#closeRequested || this.#state !== 'readable' || this.#pull === undefined) return;
    const want = (this.#reader !== undefined && readerHasRequests(this.#reader)) || this.#desiredSize() > 0;
    if (!want) return;
    if (this.#pulling) {
      this.#pullAgain = true;
      return;
    }
    this.#pulling = true;
    let result;
    try {
      result = this.#pull(this.#controller);
    } catch (e) {
      this.#errorStream(e);
      return;
    }
    PromiseResolve(result).then(() => {
      this.#pulling = false;
      if (this.#pullAgain) {
        this.#pullAgain = false;
        this.#pullIfNeeded();
      }
    }, (e) => this.#errorStream(e));
  }

  #doCancel(reason) {
    this.#disturbed = true;
    if (this.#state === 'closed') return PromiseResolve(undefined);
    if (this.#state === 'errored') return PromiseReject(this.#error);
    const cancel = this.#cancel;
    this.#finishClose();
    if (cancel === undefined) return PromiseResolve(undefined);
    try {
      return PromiseResolve(cancel(reason)).then(() => undefined);
    } catch (e) {
      return PromiseReject(e);
    }
  }

  static {
    // The reader's half of the stream operations.
    streamRead = (s) => {
      s.#disturbed = true;
      if (s.#state === 'closed') return PromiseResolve({ value: undefined, done: true });
      if (s.#state === 'errored') return PromiseReject(s.#error);
      if (s.#queue.length > 0) {
        const chunk = s.#queue.shift();
        if (s.#closeRequested && s.#queue.length === 0) s.#finishClose();
        else s.#pullIfNeeded();
        return PromiseResolve({ value: chunk, done: false });
      }
      const p = readerAddRequest(s.#reader);
      s.#pullIfNeeded();
      return p;
    };
    streamCancel = (s, reason) => s.#doCancel(reason);
    streamSetReader = (s, r) => { s.#reader = r; };
    streamStoredError = (s) => s.#error;
    streamDesiredSize = (s) => s.#desiredSize();
  }
}
enumerable(ReadableStream, ['locked', 'cancel', 'getReader', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
defineToStringTag(ReadableStream);

function describeStream(locked, state, depth, options, inspect) {
  if (depth < 0) return 'ReadableStream [Object]';
  const o = { ...options };
  o.depth = options?.depth == null ? options?.depth : options.depth - 1;
  return `ReadableStream ${inspectWith({ locked, state, supportsBYOB: true }, o, inspect)}`;
}

class ReadableStreamDefaultController {
  #stream;

  constructor(token, stream) {
    if (token !== kInternal) throw new TypeError('Illegal constructor');
    this.#stream = stream;
  }

  static #check(c) {
    if (c === null || typeof c !== 'object' || !(#stream in c)) throw illegal();
    return c.#stream;
  }

  get desiredSize() { return streamDesiredSize(ReadableStreamDefaultController.#check(this)); }
  close() { streamClose(ReadableStreamDefaultController.#check(this)); }
  enqueue(chunk = undefined) { streamEnqueue(ReadableStreamDefaultController.#check(this), chunk); }
  error(e = undefined) { streamError(ReadableStreamDefaultController.#check(this), e); }
}
enumerable(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);
defineToStringTag(ReadableStreamDefaultController);

let readerTakeRequest, readerAddRequest, readerHasRequests, readerClosed, readerErrored;

function invalidState(msg) {
  const e = new TypeError(`Invalid state: ${msg}`);
  e.code = 'ERR_INVALID_STATE';
  return e;
}

class ReadableStreamDefaultReader {
  #stream;
  #requests = [];
  #closed;
  #closedResolve;
  #closedReject;

  static {
    readerTakeRequest = (r, chunk) => {
      const req = r.#requests.shift();
      if (req === undefined) return false;
      req.resolve({ value: chunk, done: false });
      return true;
    };
    readerAddRequest = (r) => new Promise((resolve, reject) => { r.#requests.push({ resolve, reject }); });
    readerHasRequests = (r) => r.#requests.length > 0;
    readerClosed = (r) => {
      const reqs = r.#requests;
      r.#requests = [];
      for (const q of reqs) q.resolve({ value: undefined, done: true });
      r.#closedResolve();
    };
    readerErrored = (r, e) => {
      const reqs = r.#requests;
      r.#requests = [];
      for (const q of reqs) q.reject(e);
      r.#closedReject(e);
    };
  }

  static #check(r) {
    if (r === null || typeof r !== 'object' || !(#requests in r)) throw illegal();
    return r;
  }

  constructor(stream) {
    if (!(stream instanceof ReadableStream)) {
      const e = new TypeError('The "stream" argument must be an instance of ReadableStream.');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    if (stream.locked) throw invalidState('ReadableStream is locked');
    this.#stream = stream;
    streamSetReader(stream, this);
    this.#newClosed();
    const state = streamState(stream);
    if (state === 'closed') this.#closedResolve();
    else if (state === 'errored') this.#closedReject(streamStoredError(stream));
  }

  #newClosed() {
    this.#closed = new Promise((resolve, reject) => {
      this.#closedResolve = resolve;
      this.#closedReject = reject;
    });
    this.#closed.catch(() => {});
  }

  get closed() { return ReadableStreamDefaultReader.#check(this).#closed; }

  read() {
    try {
      ReadableStreamDefaultReader.#check(this);
    } catch (e) {
      return PromiseReject(e);
    }
    if (this.#stream === undefined) return PromiseReject(invalidState('The reader is not attached to a stream'));
    return streamRead(this.#stream);
  }

  cancel(reason = undefined) {
    try {
      ReadableStreamDefaultReader.#check(this);
    } catch (e) {
      return PromiseReject(e);
    }
    if (this.#stream === undefined) return PromiseReject(invalidState('The reader is not attached to a stream'));
    return streamCancel(this.#stream, reason);
  }

  releaseLock() {
    ReadableStreamDefaultReader.#check(this);
    const stream = this.#stream;
    if (stream === undefined) return;
    const e = invalidState('Reader released');
    const reqs = this.#requests;
    this.#requests = [];
    for (const q of reqs) q.reject(e);
    if (streamState(stream) === 'readable') {
      this.#closedReject(e);
    } else {
      this.#newClosed();
      this.#closedReject(e);
    }
    streamSetReader(stream, undefined);
    this.#stream = undefined;
  }

  [kInspect](depth, options, inspect) {
    ReadableStreamDefaultReader.#check(this);
    const o = { ...options };
    o.depth = options?.depth == null ? options?.depth : options.depth - 1;
    return `ReadableStreamDefaultReader ${inspectWith({
      stream: this.#stream, readRequests: this.#requests.length, close: this.#closed,
    }, o, inspect)}`;
  }
}
enumerable(ReadableStreamDefaultReader, ['closed', 'read', 'cancel', 'releaseLock']);
defineToStringTag(ReadableStreamDefaultReader);

class ReadableStreamAsyncIterator {
  #reader;
  #preventCancel;
  #done = false;

  constructor(reader, preventCancel) {
    this.#reader = reader;
    this.#preventCancel = preventCancel;
  }

  next() {
    if (this.#done) return PromiseResolve({ done: true, value: undefined });
    return this.#reader.read().then((r) => {
      if (r.done) {
        this.#done = true;
        this.#reader.releaseLock();
        return { done: true, value: undefined };
      }
      return r;
    }, (e) => {
      this.#done = true;
      this.#reader.releaseLock();
      throw e;
    });
  }

  return(value = undefined) {
    if (this.#done) return PromiseResolve({ done: true, value });
    this.#done = true;
    const reader = this.#reader;
    if (!this.#preventCancel) {
      const p = reader.cancel(value);
      reader.releaseLock();
      return p.then(() => ({ done: true, value }));
    }
    reader.releaseLock();
    return PromiseResolve({ done: true, value });
  }
}
Object.defineProperty(ReadableStreamAsyncIterator.prototype, Symbol.asyncIterator, {
  value() { return this; }, writable: true, configurable: true,
});

// tee: two streams fed from one reader; the second branch gets copies of byte chunks.
streamTee = (stream) => {
  const reader = acquireReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let resolveCancel;
  const cancelPromise = new Promise((r) => { resolveCancel = r; });
  let b1;
  let b2;
  function pull() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    reader.read().then(({ value, done }) => {
      reading = false;
      if (done) {
        if (!canceled1 && streamState(b1) === 'readable') streamClose(b1);
        if (!canceled2 && streamState(b2) === 'readable') streamClose(b2);
        resolveCancel(undefined);
        return;
      }
      const copy = value instanceof Uint8Array ? value.slice() : value;
      if (!canceled1 && streamState(b1) === 'readable') streamEnqueue(b1, value);
      if (!canceled2 && streamState(b2) === 'readable') streamEnqueue(b2, copy);
      if (readAgain) {
        readAgain = false;
        pull();
      }
    }, (e) => {
      reading = false;
      streamError(b1, e);
      streamError(b2, e);
      resolveCancel(undefined);
    });
    return PromiseResolve();
  }
  function cancelBoth() {
    resolveCancel(streamCancel(stream, [reason1, reason2]));
  }
  b1 = newStream(pull, (r) => {
    canceled1 = true;
    reason1 = r;
    if (canceled2) cancelBoth();
    return cancelPromise;
  });
  b2 = newStream(pull, (r) => {
    canceled2 = true;
    reason2 = r;
    if (canceled1) cancelBoth();
    return cancelPromise;
  });
  return [b1, b2];
};

// streamReadAll reads a whole stream of Uint8Array (or string) chunks into one Uint8Array.
streamReadAll = (stream) => {
  const reader = acquireReader(stream);
  const chunks = [];
  let total = 0;
  return new Promise((resolve, reject) => {
    const step = () => {
      streamRead(stream).then(({ value, done }) => {
        if (done) {
          const out = new Uint8Array(total);
          let off = 0;
          for (const c of chunks) {
            out.set(c, off);
            off += c.length;
          }
          resolve(out);
          return;
        }
        if (!(value instanceof Uint8Array)) {
          const e = new TypeError('Received non-Uint8Array chunk');
          reader.cancel(e).catch(() => {});
          reject(e);
          return;
        }
        chunks.push(value);
        total += value.length;
        step();
      }, reject);
    };
    step();
  });
};

// A stream from an async iterable (a Response or Request body given as one).
function streamFromIterable(iterable) {
  let it;
  return newStream((c) => {
    it ??= iterable[Symbol.asyncIterator]();
    return PromiseResolve(it.next()).then((r) => {
      if (r.done) {
        c.close();
        return;
      }
      let v = r.value;
      if (typeof v === 'string') v = new Uint8Array(native.encode(v));
      else if (v instanceof ArrayBuffer) v = new Uint8Array(v);
      else if (ArrayBuffer.isView(v) && !(v instanceof Uint8Array)) v = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      c.enqueue(v);
    });
  }, (reason) => {
    it ??= iterable[Symbol.asyncIterator]();
    if (typeof it.return === 'function') return it.return(reason);
  }, 0);
}

// ---------------------------------------------------------------------------- bodies

// A body is { kind, src, stream, used }:
//   'string'  src is a string (encoded as UTF-8 when bytes are needed)
//   'bytes'   src is a Uint8Array of its own
//   'go'      src is the Go exchange of a network response (see fetch.go)
//   'server'  src is the handle of a request a server received (serverNative reads it)
//   'stream'  the body is only a stream (given by the script)
// stream is made on first use of .body for the first three kinds.

function newBody(kind, src, stream = null) {
  return { kind, src, stream, used: false };
}

function isArrayBuffer(v) {
  return v instanceof ArrayBuffer || ObjectToString.call(v) === '[object SharedArrayBuffer]';
}

let URLSearchParamsClass;
function isURLSearchParams(v) {
  if (ObjectToString.call(v) === '[object URLSearchParams]') return true;
  URLSearchParamsClass ??= global.URLSearchParams;
  return typeof URLSearchParamsClass === 'function' && v instanceof URLSearchParamsClass;
}

function copyBytes(v) {
  if (isArrayBuffer(v)) return new Uint8Array(v.slice(0));
  return new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
}

// extractBody returns [body, contentType or null].
function extractBody(object) {
  if (typeof object === 'string') return [newBody('string', object), 'text/plain;charset=UTF-8'];
  if (object !== null && typeof object === 'object') {
    if (isArrayBuffer(object) || ArrayBuffer.isView(object)) return [newBody('bytes', copyBytes(object)), null];
    if (isURLSearchParams(object)) {
      return [newBody('string', object.toString()), 'application/x-www-form-urlencoded;charset=UTF-8'];
    }
    const tag = ObjectToString.call(object);
    if (tag === '[object Blob]' || tag === '[object File]') {
      throw new TypeError('jsloop: Blob and File bodies are not supported by fetch yet');
    }
    if (tag === '[object FormData]') {
      throw new TypeError('jsloop: FormData bodies are not supported by fetch yet');
    }
    if (object instanceof ReadableStream) {
      if (streamDisturbed(object) || object.locked) {
        throw new TypeError('Response body object should not be disturbed or locked');
      }
      return [newBody('stream', null, object), null];
    }
    if (typeof object[Symbol.asyncIterator] === 'function') {
      return [newBody('stream', null, streamFromIterable(object)), null];
    }
  }
  return [newBody('string', toUSVString(object)), 'text/plain;charset=UTF-8'];
}

function bodyStream(body) {
  if (body.stream !== null) return body.stream;
  const { kind, src } = body;
  let stream;
  if (kind === 'go' || kind === 'server') {
    const n = kind === 'go' ? native : serverNative;
    stream = newStream(
      () => n.pull(src).then((ab) => {
        if (ab === null) streamClose(stream);
        else streamEnqueue(stream, new Uint8Array(ab));
      }),
      (reason) => { n.cancel(src, reason); },
      1);
  } else {
    let chunk = kind === 'string' ? (src === '' ? null : new Uint8Array(native.encode(src))) : src;
    if (chunk !== null && chunk.length === 0) chunk = null;
    stream = newStream(() => {
      if (chunk !== null) {
        const v = chunk;
        chunk = null;
        streamEnqueue(stream, v);
      } else {
        streamClose(stream);
      }
    }, undefined, 0);
  }
  body.stream = stream;
  return stream;
}

function bodyUnusable(body) {
  if (body.used) return true;
  const s = body.stream;
  return s !== null && (streamDisturbed(s) || s.locked);
}

function bodyUsed(body) {
  if (body === null) return false;
  if (body.used) return true;
  return body.stream !== null && streamDisturbed(body.stream);
}

const TEXT = 1;
const ARRAYBUFFER = 2;
const BYTES = 3;
const JSONKIND = 4;

function fromBytes(u8, kind) {
  switch (kind) {
    case TEXT: return native.decode(u8);
    case JSONKIND: return JSON.parse(native.decode(u8));
    case ARRAYBUFFER: return u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ?
      u8.buffer : u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
    default: return u8;
  }
}

function fromString(s, kind) {
  if ((kind === TEXT || kind === JSONKIND) && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  switch (kind) {
    case TEXT: return s;
    case JSONKIND: return JSON.parse(s);
    case ARRAYBUFFER: return native.encode(s);
    default: return new Uint8Array(native.encode(s));
  }
}

function unusable() { return new TypeError('Body is unusable: Body has already been read'); }

// consume reads the whole body as kind; it returns a promise.
function consume(body, kind) {
  if (body === null) {
    try {
      return PromiseResolve(fromBytes(new Uint8Array(0), kind));
    } catch (e) {
      return PromiseReject(e);
    }
  }
  if (bodyUnusable(body)) return PromiseReject(unusable());
  body.used = true;
  if (body.stream === null) {
    switch (body.kind) {
      case 'go':
      case 'server': {
        const n = body.kind === 'go' ? native : serverNative;
        if (kind === JSONKIND) return n.readAll(body.src, TEXT).then(JSON.parse);
        return n.readAll(body.src, kind).then((v) => (kind === BYTES ? new Uint8Array(v) : v));
      }
      case 'string':
        try {
          return PromiseResolve(fromString(body.src, kind));
        } catch (e) {
          return PromiseReject(e);
        }
      case 'bytes':
        try {
          return PromiseResolve(fromBytes(kind === TEXT || kind === JSONKIND ? body.src : body.src.slice(), kind));
        } catch (e) {
          return PromiseReject(e);
        }
    }
  }
  return streamReadAll(body.stream).then((u8) => fromBytes(u8, kind));
}

// cloneBody returns a body with the same content, as the spec's clone does with tee.
function cloneBody(body) {
  if (body.stream === null) {
    if (body.kind === 'string') return newBody('string', body.src);
    if (body.kind === 'bytes') return newBody('bytes', body.src.slice());
    if (body.kind === 'go') {
      const all = native.bufferedAll(body.src);
      if (all !== undefined) {
        // Everything has arrived: both copies become plain bytes.
        body.kind = 'bytes';
        body.src = new Uint8Array(all);
        return newBody('bytes', body.src.slice());
      }
    }
  }
  const [a, b] = streamTee(bodyStream(body));
  body.stream = a;
  return newBody('stream', null, b);
}

// ---------------------------------------------------------------------------- Request

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const normalizedMethods = {
  __proto__: null, delete: 'DELETE', DELETE: 'DELETE', get: 'GET', GET: 'GET', head: 'HEAD', HEAD: 'HEAD',
  options: 'OPTIONS', OPTIONS: 'OPTIONS', post: 'POST', POST: 'POST', put: 'PUT', PUT: 'PUT',
};
const forbiddenMethodRe = /^(connect|trace|track)$/i;
const requestEnums = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'manual', 'error'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
  priority: ['high', 'low', 'auto'],
};
const redirectCodes = { __proto__: null, follow: 0, error: 1, manual: 2 };

function enumValue(ctx, name, v) {
  const s = `${v}`;
  const allowed = requestEnums[name];
  if (!allowed.includes(s)) {
    throw new TypeError(`${ctx}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

let patchWarned = false;
function normalizeMethod(m) {
  const s = toByteString(m);
  const n = normalizedMethods[s];
  if (n !== undefined) return n;
  if (!tokenRe.test(s)) throw new TypeError(`'${s}' is not a valid HTTP method.`);
  const upper = s.toUpperCase();
  if (forbiddenMethodRe.test(s)) throw new TypeError(`'${s}' HTTP method is unsupported.`);
  if (normalizedMethods[upper] !== undefined) return normalizedMethods[upper];
  if (s === 'patch' && !patchWarned) {
    patchWarned = true;
    global.process?.emitWarning?.('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', {
      code: 'UNDICI-FETCH-patch',
    });
  }
  return s;
}

function isAbortSignal(v) {
  const AS = global.AbortSignal;
  return v !== null && typeof v === 'object' && typeof AS === 'function' && v instanceof AS;
}

// requestState is the state of Request r; it throws if r is not a Request.
function requestState(r) {
  if (r === null || typeof r !== 'object') throw illegal();
  const s = r[kState];
  if (s !== undefined) return s;
  const h = r[kServer];
  if (h === undefined) throw illegal();
  return (r[kState] = serverRequestState(h));
}

function newRequest(st) {
  return { __proto__: RequestPrototype, [kState]: st };
}

function newServerRequest(h) {
  return { __proto__: RequestPrototype, [kServer]: h };
}

// requestHeaders is a request's Headers; those of a request a server received are made
// on first use.
function requestHeaders(st) {
  if (st.headers === null) st.headers = newHeadersFromList(serverNative.headers(st.server), 'immutable');
  return st.headers;
}

// A request state: { method, url, headers (Headers), body, signal (the source signal or
// null), followSignal (the Request's own, made on first use), redirect, mode, ... }.
function newRequestState(input, init, ctx) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    let shown;
    try { shown = typeof init === 'string' ? `"${init}"` : String(init); } catch { shown = typeof init; }
    throw new TypeError(`${ctx}: Expected ${shown} to be one of: Null, Undefined, Object.`);
  }
  init ??= {};
  let st;
  let inputBody = null;
  let inputState = null;
  if (input instanceof Request) {
    inputState = requestState(input);
    st = {
      method: inputState.method, url: inputState.url, headers: null, body: null,
      signal: inputState.signal, followSignal: null, redirect: inputState.redirect, mode: inputState.mode,
      credentials: inputState.credentials, cache: inputState.cache, referrer: inputState.referrer,
      referrerPolicy: inputState.referrerPolicy, integrity: inputState.integrity,
      keepalive: inputState.keepalive, duplex: 'half', server: null,
    };
    inputBody = inputState.body;
  } else {
    st = {
      method: 'GET', url: parseURL(toUSVString(input)), headers: null, body: null, signal: null,
      followSignal: null, redirect: 'follow', mode: 'cors', credentials: 'same-origin', cache: 'default',
      referrer: 'about:client', referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half',
      server: null,
    };
  }
  // Read the members in the dictionary's (alphabetical) order, as webidl does.
  const body = init.body;
  const cache = init.cache;
  const credentials = init.credentials;
  const duplex = init.duplex;
  const headers = init.headers;
  const integrity = init.integrity;
  const keepalive = init.keepalive;
  const method = init.method;
  const mode = init.mode;
  const redirect = init.redirect;
  const referrer = init.referrer;
  const referrerPolicy = init.referrerPolicy;
  const signal = init.signal;
  const window = init.window;
  if (signal !== undefined && signal !== null && !isAbortSignal(signal)) {
    throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
  }
  if (window != null) throw new TypeError("'window' option 'client' must be null");
  if (mode !== undefined) {
    const m = enumValue('Request constructor', 'mode', mode);
    if (m === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    st.mode = m;
  } else if (st.mode === 'navigate') {
    st.mode = 'same-origin';
  }
  if (credentials !== undefined) st.credentials = enumValue('Request constructor', 'credentials', credentials);
  if (cache !== undefined) st.cache = enumValue('Request constructor', 'cache', cache);
  if (st.cache === 'only-if-cached' && st.mode !== 'same-origin') {
    throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
  }
  if (redirect !== undefined) st.redirect = enumValue('Request constructor', 'redirect', redirect);
  if (referrerPolicy !== undefined) st.referrerPolicy = enumValue('Request constructor', 'referrerPolicy', referrerPolicy);
  if (referrer !== undefined) {
    const r = toUSVString(referrer);
    if (r === '') {
      st.referrer = 'no-referrer';
    } else {
      let href;
      try {
        href = new (getURLClass())(r).href;
      } catch {
        throw new TypeError(`Referrer "${r}" is not a valid URL.`, { cause: invalidURL(r).cause });
      }
      st.referrer = /^about:client$/i.test(href) ? 'about:client' : href;
    }
  }
  if (integrity !== undefined) st.integrity = `${integrity}`;
  if (keepalive !== undefined) st.keepalive = !!keepalive;
  if (duplex !== undefined) enumValue('Request constructor', 'duplex', duplex);
  if (method !== undefined) st.method = normalizeMethod(method);
  if (signal !== undefined) st.signal = signal;
  // Headers: the input's, replaced by init's.
  const h = new Headers(kInternal);
  setHeadersGuard(h, 'request');
  if (headers !== undefined) fillHeaders(h, headers, 'Headers constructor', 'Headers contructor');
  else if (inputState !== null) fillHeaders(h, requestHeaders(inputState), 'Headers constructor');
  st.headers = h;
  if ((body != null || inputBody !== null) && (st.method === 'GET' || st.method === 'HEAD')) {
    throw new TypeError('Request with GET/HEAD method cannot have body.');
  }
  let finalBody = null;
  if (body != null) {
    const [b, type] = extractBody(body);
    if (type !== null && !h.has('content-type')) appendHeader(h, 'content-type', type, 'Headers.append');
    if (b.kind === 'stream' && duplex === undefined) {
      throw new TypeError('RequestInit: duplex option is required when sending a body.');
    }
    finalBody = b;
  } else if (body === undefined && inputBody !== null) {
    finalBody = inputBody;
  }
  if (inputBody !== null && bodyUnusable(inputBody)) {
    throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
  }
  if (finalBody !== null && finalBody === inputBody) {
    // The input's body moves to the new request: the input's is now used.
    const moved = newBody(inputBody.kind, inputBody.src, inputBody.stream);
    inputBody.used = true;
    finalBody = moved;
  }
  st.body = finalBody;
  return st;
}

// A Request keeps its state under kState, an own symbol property as in Node's undici
// (whose Requests have Symbol(state) and others): unlike a private field, it lets
// Requests be made without running the class constructor, which goja runs slowly (a
// Request made with new costs ~18 allocations, one made as an object literal ~8). A
// request a server received gets its state on first use, from kServer, the Go handle
// of its exchange: a handler that does not look at its request costs no state.
const kState = Symbol('state');
const kServer = Symbol('server');

class Request {
  constructor(...args) {
    argCount('Request constructor', 1, args.length);
    this[kState] = newRequestState(args[0], args[1], 'Request constructor');
  }

  get method() { return requestState(this).method; }
  get url() { return requestState(this).url; }
  get headers() { return requestHeaders(requestState(this)); }
  get destination() { requestState(this); return ''; }
  get referrer() {
    const r = requestState(this).referrer;
    return r === 'no-referrer' ? '' : r;
  }

  get referrerPolicy() { return requestState(this).referrerPolicy; }
  get mode() { return requestState(this).mode; }
  get credentials() { return requestState(this).credentials; }
  get cache() { return requestState(this).cache; }
  get redirect() { return requestState(this).redirect; }
  get integrity() { return requestState(this).integrity; }
  get keepalive() { return requestState(this).keepalive; }
  get isReloadNavigation() { requestState(this); return false; }
  get isHistoryNavigation() { requestState(this); return false; }
  get signal() {
    const st = requestState(this);
    if (st.followSignal === null && st.server !== null) {
      st.followSignal = serverNative.signal(st.server);
    } else if (st.followSignal === null) {
      const AS = global.AbortSignal;
      st.followSignal = st.signal === null ? new global.AbortController().signal : AS.any([st.signal]);
    }
    return st.followSignal;
  }

  get body() {
    const st = requestState(this);
    return st.body === null ? null : bodyStream(st.body);
  }

  get bodyUsed() { return bodyUsed(requestState(this).body); }
  get duplex() { requestState(this); return 'half'; }

  clone() {
    const st = requestState(this);
    if (st.body !== null && bodyUnusable(st.body)) {
      throw new TypeError('unusable');
    }
    // Field by field, not a spread: a server's request state inherits most of them.
    const copy = {
      method: st.method, url: st.url, headers: null, body: null, signal: st.signal, followSignal: null,
      redirect: st.redirect, mode: st.mode, credentials: st.credentials, cache: st.cache, referrer: st.referrer,
      referrerPolicy: st.referrerPolicy, integrity: st.integrity, keepalive: st.keepalive, duplex: st.duplex,
      server: null,
    };
    copy.headers = new Headers(kInternal);
    fillHeaders(copy.headers, requestHeaders(st), 'Headers constructor');
    setHeadersGuard(copy.headers, headersGuard(st.headers));
    copy.body = st.body === null ? null : cloneBody(st.body);
    return newRequest(copy);
  }

  blob() { return bodyMethod(this, requestState, 'blob'); }
  arrayBuffer() { return bodyMethod(this, requestState, ARRAYBUFFER); }
  text() { return bodyMethod(this, requestState, TEXT); }
  json() { return bodyMethod(this, requestState, JSONKIND); }
  formData() { return bodyMethod(this, requestState, 'formData'); }
  bytes() { return bodyMethod(this, requestState, BYTES); }

  [kInspect](depth, options, inspect) {
    const st = requestState(this);
    const o = { ...options };
    if (o.depth === null) o.depth = 2;
    return `Request ${inspectWith({
      method: st.method, url: st.url, headers: requestHeaders(st), destination: '', referrer: this.referrer,
      referrerPolicy: st.referrerPolicy, mode: st.mode, credentials: st.credentials, cache: st.cache,
      redirect: st.redirect, integrity: st.integrity, keepalive: st.keepalive, isReloadNavigation: false,
      isHistoryNavigation: false, signal: this.signal,
    }, o, inspect)}`;
  }
}
setLength(Request, 1);
const RequestPrototype = Request.prototype;
enumerable(Request, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
  'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation',
  'signal', 'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
defineToStringTag(Request);

function bodyMethod(self, getState, kind) {
  let st;
  try {
    st = getState(self);
  } catch (e) {
    return PromiseReject(e);
  }
  if (kind === 'blob') {
    return PromiseReject(new TypeError('jsloop: Body.blob() is not supported (there is no Blob class yet)'));
  }
  if (kind === 'formData') {
    return PromiseReject(new TypeError('jsloop: Body.formData() is not supported (there is no FormData class yet)'));
  }
  return consume(st.body, kind);
}

// ---------------------------------------------------------------------------- Response

const defaultResponseInit = Object.freeze({ status: 200, statusText: '', headers: undefined });

function validateResponseInit(init, ctx) {
  if (init === undefined || init === null) return defaultResponseInit;
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    let shown;
    try { shown = typeof init === 'string' ? `"${init}"` : String(init); } catch { shown = typeof init; }
    throw new TypeError(`undefined: Expected ${shown} to be one of: Null, Undefined, Object.`);
  }
  init ??= {};
  const headers = init.headers;
  let status = init.status;
  let statusText = init.statusText;
  status = status === undefined ? 200 : toUnsignedShort(status);
  statusText = statusText === undefined ? '' : toByteString(statusText);
  if (status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (statusText !== '' && !/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
  // One object, reused: the callers copy the three fields out before anything else runs.
  checkedInit.status = status;
  checkedInit.statusText = statusText;
  checkedInit.headers = headers;
  return checkedInit;
}

const checkedInit = { status: 200, statusText: '', headers: undefined };

function toUnsignedShort(v) {
  if (typeof v === 'number' && v >= 0 && v <= 65535 && Math.floor(v) === v) return v; // without Number and trunc
  const n = Number(v);
  if (!Number.isFinite(n)) return 0;
  const i = Math.trunc(n) % 65536;
  return i < 0 ? i + 65536 : i;
}

const kSentText = Symbol('sent text');

// responseState is the state of Response r; it throws if r is not a Response. Under
// kState (see Request), new Response(string) without init (a server's usual reply)
// keeps just the string until something asks for more: a state and its body are two
// objects, which cost goja ~15 allocations, and a server's responseText needs neither.
// kSentText stands for such a body once a server has sent it.
function responseState(r) {
  if (r === null || typeof r !== 'object') throw illegal();
  const s = r[kState];
  if (s === undefined) throw illegal();
  if (typeof s === 'string') return (r[kState] = textResponseState(s, false));
  if (s === kSentText) return (r[kState] = textResponseState('', true));
  return s;
}

function newResponse(st) {
  return { __proto__: ResponsePrototype, [kState]: st };
}

// responseText is the body of r if r is a new Response(string) without init that was
// not looked at, and marks it sent; otherwise null.
function responseText(r) {
  const s = r[kState];
  if (typeof s !== 'string') return null;
  r[kState] = kSentText;
  return s;
}

class Response {
  constructor(body = null, init = undefined) {
    if (typeof body === 'string' && init === undefined) {
      // The common case (a server handler's new Response('text')): its only header is
      // the content type, so the Headers object is made on first use (see headers).
      this[kState] = body;
      return;
    }
    const checked = validateResponseInit(init, 'Response constructor');
    const status = checked.status, statusText = checked.statusText, headers = checked.headers;
    // Without init.headers, the Headers object is made on first use (see headers), from
    // the body's content type.
    let h = null;
    if (headers !== undefined) {
      h = new Headers(kInternal);
      setHeadersGuard(h, 'response');
      fillHeaders(h, headers, 'Headers constructor', 'Headers contructor');
    }
    let b = null, ctype = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.has(status)) {
        throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      }
      const extracted = extractBody(body); // no destructuring: goja iterates arrays slowly
      b = extracted[0];
      const type = extracted[1];
      if (type !== null) {
        if (h === null) ctype = type;
        else if (!headersList(h).has('content-type')) addKnownHeader(h, 'content-type', type);
      }
    }
    this[kState] = initResponseState(status, statusText, h, b, ctype);
  }

  static error() {
    const h = new Headers(kInternal);
    setHeadersGuard(h, 'immutable');
    return newResponse(newResponseState('error', 0, '', h, null, '', false, null));
  }

  static json(...args) {
    argCount('Response.json', 1, args.length);
    const data = args[0], init = args[1];
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const checked = validateResponseInit(init, 'Response.json');
    const status = checked.status, statusText = checked.statusText, headers = checked.headers;
    if (nullBodyStatus.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    let h = null, ctype = jsonContentType; // headers made on first use, as in the constructor
    if (headers !== undefined) {
      h = new Headers(kInternal);
      setHeadersGuard(h, 'response');
      fillHeaders(h, headers, 'Headers constructor', 'Headers contructor');
      if (!headersList(h).has('content-type')) addKnownHeader(h, 'content-type', jsonContentType);
      ctype = null;
    }
    return newResponse(initResponseState(status, statusText, h, newBody('string', text), ctype));
  }

  static redirect(...args) {
    argCount('Response.redirect', 1, args.length);
    const url = args[0];
    let status = args[1] === undefined ? 302 : args[1];
    const href = parseURL(toUSVString(url), false);
    status = toUnsignedShort(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const h = new Headers(kInternal);
    appendHeader(h, 'location', href, 'Headers.append');
    setHeadersGuard(h, 'immutable');
    return newResponse(newResponseState('default', status, '', h, null, '', false, null));
  }

  get type() { return responseState(this).type; }
  get url() { return responseState(this).url; }
  get redirected() { return responseState(this).redirected; }
  get status() { return responseState(this).status; }
  get ok() {
    const s = responseState(this).status;
    return s >= 200 && s <= 299;
  }

  get statusText() { return responseState(this).statusText; }
  get headers() {
    const st = responseState(this);
    if (st.headers === null) {
      st.headers = st.ex !== null ? newHeadersFromList(native.headers(st.ex), 'immutable') : lazyHeaders(st.ctype);
    }
    return st.headers;
  }

  get body() {
    const st = responseState(this);
    return st.body === null ? null : bodyStream(st.body);
  }

  get bodyUsed() { return bodyUsed(responseState(this).body); }

  clone() {
    const st = responseState(this);
    if (st.body !== null && bodyUnusable(st.body)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const headers = this.headers;
    const h = new Headers(kInternal);
    fillHeaders(h, headers, 'Headers constructor');
    setHeadersGuard(h, headersGuard(headers));
    const body = st.body === null ? null : cloneBody(st.body);
    return newResponse(newResponseState(st.type, st.status, st.statusText, h, body, st.url, st.redirected, null));
  }

  blob() { return bodyMethod(this, responseState, 'blob'); }
  arrayBuffer() { return bodyMethod(this, responseState, ARRAYBUFFER); }
  text() { return bodyMethod(this, responseState, TEXT); }
  json() { return bodyMethod(this, responseState, JSONKIND); }
  formData() { return bodyMethod(this, responseState, 'formData'); }
  bytes() { return bodyMethod(this, responseState, BYTES); }

  [kInspect](depth, options, inspect) {
    const st = responseState(this);
    const o = { ...options };
    if (o.depth === null) o.depth = 2;
    let body = null;
    if (st.body !== null) {
      const s = st.body.stream;
      const locked = s !== null && s.locked;
      const state = s === null ? (st.body.used ? 'closed' : 'readable') : streamState(s);
      body = { [kInspect]: (d, opts, insp) => describeStream(locked, state, d, opts, insp) };
    }
    return `Response ${inspectWith({
      status: st.status, statusText: st.statusText, headers: this.headers, body, bodyUsed: bodyUsed(st.body),
      ok: this.ok, redirected: st.redirected, type: st.type, url: st.url,
    }, o, inspect)}`;
  }
}
setLength(Response.json, 1);
const ResponsePrototype = Response.prototype;
setLength(Response.redirect, 1);
enumerable(Response, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed',
  'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
defineToStringTag(Response);
for (const n of ['error', 'json', 'redirect']) Object.defineProperty(Response, n, { enumerable: true });

// lazyHeaders are the headers of a Response made without init.headers, made on first
// use: at most the content type of its body (ctype, or null for none).
function lazyHeaders(ctype) {
  const h = new Headers(kInternal);
  setHeadersGuard(h, 'response');
  if (ctype !== null) addKnownHeader(h, 'content-type', ctype);
  return h;
}

const textContentType = 'text/plain;charset=UTF-8';
const jsonContentType = 'application/json';

// responseDefaults are the fields a Response's state has unless it owns others; ctype
// is the content type its headers get when they are made on first use (headers null).
// Nothing writes here.
const responseDefaults = {
  __proto__: null, type: 'default', status: 200, statusText: '', headers: null, body: null, url: '',
  redirected: false, ex: null, ctype: null,
};

function initResponseState(status, statusText, headers, body, ctype) {
  const st = ObjectCreate(responseDefaults);
  st.status = status;
  if (statusText !== '') st.statusText = statusText;
  if (headers !== null) st.headers = headers;
  if (body !== null) st.body = body;
  if (ctype !== null) st.ctype = ctype;
  return st;
}

// textResponseState is the state of new Response(text) without init; used: a server
// has sent the body.
function textResponseState(text, used) {
  const body = newBody('string', text);
  body.used = used;
  return initResponseState(200, '', null, body, textContentType);
}

function newResponseState(type, status, statusText, headers, body, url, redirected, ex) {
  return { type, status, statusText, headers, body, url, redirected, ex };
}

// newNetResponse is called by Go when a network response's head has arrived.
function newNetResponse(ex, status, statusText, url, redirected, hasBody) {
  return newResponse(newResponseState('basic', status, statusText, null, hasBody ? newBody('go', ex) : null,
    url, redirected, ex));
}

// ---------------------------------------------------------------------------- fetch

function requestHeadersFlat(h) {
  const map = headersList(h);
  if (map.size === 0) return undefined;
  const flat = [];
  for (const [lname, e] of map) {
    if (lname === 'set-cookie') {
      for (const c of h.getSetCookie()) flat.push(e.name, c);
    } else {
      flat.push(e.name, e.value);
    }
  }
  return flat;
}

// requestBodySource is what native.send takes for a request body: undefined (none), a
// string or bytes, or true for a body that is streamed (then sendState pumps it).
function requestBodySource(body) {
  if (body === null) return undefined;
  body.used = true;
  if (body.stream === null) {
    if (body.kind === 'string') return body.src;
    if (body.kind === 'bytes') return body.src;
  }
  return true;
}

// pumpUpload writes a streamed request body to Go chunk by chunk, each once the one
// before was taken, and ends it; a failed stream cuts the request off, and a request
// that ended or failed cancels the stream.
function pumpUpload(exchange, stream) {
  const reader = acquireReader(stream);
  const fail = (err) => {
    native.uploadEnd(exchange, true);
    reader.cancel(err).catch(() => {});
  };
  const step = () => {
    streamRead(stream).then(({ value, done }) => {
      if (done) {
        native.uploadEnd(exchange, false);
        return;
      }
      // undici sends a string chunk as its UTF-8 bytes; anything else fails the body.
      const chunk = typeof value === 'string' ? new Uint8Array(native.encode(value)) : value;
      if (!(chunk instanceof Uint8Array)) {
        fail(new TypeError('Received non-Uint8Array chunk'));
        return;
      }
      native.upload(exchange, chunk).then(step, fail);
    }, fail);
  };
  step();
}

function sendState(st) {
  const headers = requestHeadersFlat(requestHeaders(st));
  const redirect = redirectCodes[st.redirect];
  const signal = st.signal;
  const body = requestBodySource(st.body);
  if (signal !== null && signal.aborted) return PromiseReject(signal.reason);
  let exchange;
  const onAbort = () => {
    const resp = native.abort(exchange, signal.reason);
    if (resp !== undefined) {
      const rb = responseState(resp).body;
      if (rb !== null && rb.stream !== null) streamError(rb.stream, signal.reason);
    }
  };
  if (signal === null && body !== true) return native.send(st.method, st.url, headers, body, redirect, undefined);
  const onDone = signal === null ? noop : () => signal.removeEventListener('abort', onAbort);
  const [p, ex] = native.send(st.method, st.url, headers, body, redirect, onDone);
  exchange = ex;
  if (signal !== null) signal.addEventListener('abort', onAbort, { once: true });
  // A stream body goes out as it is read, while the response may already be coming.
  if (body === true) pumpUpload(ex, bodyStream(st.body));
  return p;
}

function fetch(input, init = undefined) {
  // The common case: a URL string and nothing else.
  if (typeof input === 'string' && init === undefined) {
    let href;
    try {
      href = parseURL(input);
    } catch (e) {
      return PromiseReject(e);
    }
    return native.send('GET', href, undefined, undefined, 0, undefined);
  }
  let st;
  try {
    st = newRequestState(input, init, 'Request constructor');
  } catch (e) {
    return PromiseReject(e);
  }
  return sendState(st);
}

// ---------------------------------------------------------------------------- serving

// The hooks of a server (package httpserver), which Go takes out of the exports:
//   setNative(n)  n reads what the server received: n.requestLine(handle) gives
//                 [method, url, body] (see newRequest), n.headers(handle) a flat
//                 [lower-case name, value, ...] array, n.signal(handle) the request's
//                 AbortSignal, and n.pull/readAll/cancel(handle, ...) its body as
//                 native's do for a response.
//   newRequest(handle)  the Request a handler gets. Its state is made when first
//                 needed, from n.requestLine(handle): [method, url, body], body null,
//                 an ArrayBuffer (all of it, read already), or true (read through n).
//   isResponse(v)
//   responseParts(r, ctx)  checks r as Deno.serve does (ctx names the callback in the
//                 messages) and returns [status, flat lower-case headers, body], body
//                 null, a string, a Uint8Array or a ReadableStream; the body is used.
//                 The headers are null for new Response(string)'s one header, the text
//                 content type. The array is reused: read it before the next call.
let serverNative = null;

// serverRequestDefaults holds the fields of a server's request state that are the same
// for every request: each state inherits them and owns only what differs, which halves
// the cost of making one in goja (a property of an object literal costs ~0.16 µs).
// Fields set later (headers, followSignal) become the state's own; nothing writes here.
const serverRequestDefaults = {
  __proto__: null, headers: null, signal: null, followSignal: null, redirect: 'follow', mode: 'cors',
  credentials: 'same-origin', cache: 'default', referrer: 'about:client', referrerPolicy: '', integrity: '',
  keepalive: false, duplex: 'half', body: null,
};

function serverRequestState(handle) {
  const line = serverNative.requestLine(handle);
  const body = line[2];
  const st = ObjectCreate(serverRequestDefaults);
  st.method = line[0];
  st.url = line[1];
  if (body === true) st.body = newBody('server', handle);
  else if (body !== null) st.body = newBody('bytes', new Uint8Array(body));
  st.server = handle;
  return st;
}

function isResponse(v) {
  if (v === null || typeof v !== 'object') return false;
  // A Response's own prototype first: instanceof is a native call in goja.
  return ObjectGetPrototypeOf(v) === ResponsePrototype || v instanceof Response;
}

// parts is the array responseParts fills and returns, reused: its caller reads it at
// once. kTextHeaders (null) stands for the one header of new Response(string).
const parts = [0, null, null];
const kTextHeaders = null;

function responseParts(r, ctx) {
  const text = responseText(r);
  if (text !== null) {
    parts[0] = 200;
    parts[1] = kTextHeaders;
    parts[2] = text;
    return parts;
  }
  const st = responseState(r);
  if (st.type === 'error') {
    throw new TypeError(`Return value from ${ctx} must not be an error response (like Response.error())`);
  }
  const body = st.body;
  if (body !== null && bodyUnusable(body)) {
    throw new TypeError(`The body of the Response returned from the ${ctx} has already been consumed`);
  }
  let out = null;
  if (body !== null) {
    if (body.stream === null && (body.kind === 'string' || body.kind === 'bytes')) out = body.src;
    else out = bodyStream(body);
    body.used = true;
  }
  parts[0] = st.status;
  parts[1] = st.headers === null && st.ex === null ? lazyFlat(st.ctype) : headersFlat(r.headers);
  parts[2] = out;
  return parts;
}

// lazyFlat is the flat headers of a Response whose Headers were never made: its content
// type alone. The arrays are shared: Go only reads them.
const noHeaders = [];
const jsonHeaders = ['content-type', jsonContentType];
function lazyFlat(ctype) {
  if (ctype === textContentType) return kTextHeaders;
  if (ctype === null) return noHeaders;
  if (ctype === jsonContentType) return jsonHeaders;
  return ['content-type', ctype];
}

// headersFlat is h as a flat [lower-case name, value, ...] array, each Set-Cookie apart.
function headersFlat(h) {
  const flat = [];
  headersList(h).forEach((e, lname) => {
    if (lname === 'set-cookie') {
      for (const c of h.getSetCookie()) flat.push(lname, c);
    } else {
      flat.push(lname, e.value);
    }
  });
  return flat;
}

const serverHooks = {
  setNative(n) { serverNative = n; },
  newRequest: newServerRequest,
  isResponse,
  responseParts,
};

return { fetch, Request, Response, Headers, ReadableStream, newNetResponse, serverHooks };
