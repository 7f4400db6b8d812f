'use strict';
// The server half of Node's http module: createServer, Server (listen, address, close),
// IncomingMessage and ServerResponse for the common subset, and STATUS_CODES/METHODS.
// Requests are received, admitted and answered by Go (package httpserver); this file
// gives scripts Node's objects and events over the native calls.
//
// Arguments: native (the Go functions, natives.go), hooks (unused), require, global.

const EventEmitter = require('events');
const {
  makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE, ERR_STREAM_DESTROYED },
  validateFunction, AbortError,
} = require('internal/errors');
const { Buffer } = require('buffer');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK',
  201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported',
  226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const ERR_SERVER_NOT_RUNNING = () => makeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');
const ERR_SERVER_ALREADY_LISTEN = () => makeError(Error, 'ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.');
const ERR_HTTP_HEADERS_SENT = (what) => makeError(Error, 'ERR_HTTP_HEADERS_SENT',
  `Cannot ${what} headers after they are sent to the client`);
const ERR_STREAM_WRITE_AFTER_END = () => makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
const ERR_HTTP_INVALID_STATUS_CODE = (c) => makeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
  `Invalid status code: ${c}`);
const ERR_INVALID_CHAR = (name) => makeError(TypeError, 'ERR_INVALID_CHAR',
  `Invalid character in header content ["${name}"]`);
const ERR_INVALID_HTTP_TOKEN = (name) => makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
  `Header name must be a valid HTTP token ["${name}"]`);
const ERR_HTTP_INVALID_HEADER_VALUE = (v, name) => makeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
  `Invalid value "${v}" for header "${name}"`);

const tokenRE = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRE = /[^\t\x20-\x7e\x80-\xff]/;

// validNames and validValues remember header names (with their lower case, the key
// they are kept under) and string values that passed: a server sets the same few over
// and over, and goja's regular expressions are slow.
const validNames = new Map();
const validValues = new Set();

function remember(set, v) {
  if (set.size >= 512) set.clear();
  set.add(v);
}

// lowerHeaderName validates a header name and returns its lower case.
function lowerHeaderName(name) {
  const lower = validNames.get(name);
  if (lower !== undefined) return lower;
  if (typeof name !== 'string' || !name || !tokenRE.test(name)) throw ERR_INVALID_HTTP_TOKEN(name);
  if (validNames.size >= 512) validNames.clear();
  const l = name.toLowerCase();
  validNames.set(name, l);
  return l;
}

function validateHeaderName(name) {
  lowerHeaderName(name);
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (typeof value === 'string') {
    if (validValues.has(value)) return;
    if (badValueRE.test(value)) throw ERR_INVALID_CHAR(name);
    remember(validValues, value);
  } else if (!Array.isArray(value)) {
    if (badValueRE.test(String(value))) throw ERR_INVALID_CHAR(name);
  } else {
    for (let i = 0; i < value.length; i++) if (badValueRE.test(String(value[i]))) throw ERR_INVALID_CHAR(name);
  }
}

// ------------------------------------------------------------------ IncomingMessage

// emitErrorIfListened is how Node's IncomingMessage reports its errors ("an error is
// emitted only if there are listeners attached to the event", for backward
// compatibility): a request whose client went away does not crash a server that does
// not listen for its 'error'.
function emitErrorIfListened(msg, err) {
  if (msg.listenerCount('error') > 0) msg.emit('error', err);
}


// Headers Node folds into one value joined with ', ' are all but these: the ones whose
// duplicates Node drops (first wins), and set-cookie (an array).
const dropDuplicates = new Set(['age', 'authorization', 'content-length', 'content-type', 'etag',
  'expires', 'from', 'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location',
  'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent']);

// RequestEmitter is the EventEmitter under each request and response: EventEmitter's
// prototype and fields, but without the two symbol-keyed fields its constructor gives
// every emitter (they are read from the prototype instead, where they hold the same
// values). The first symbol-keyed property of an object costs goja a map of its own;
// those two were a third of a Node-style request's JavaScript time, and requests and
// responses keep their other hidden fields (_exchange, _outHeaders) under strings too.
function RequestEmitter() {
  this._events = { __proto__: null };
  this._eventsCount = 0;
  this._maxListeners = undefined;
}
RequestEmitter.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: RequestEmitter, writable: true, configurable: true },
});
Object.setPrototypeOf(RequestEmitter, EventEmitter);

// A request's own properties are those that differ from one request to the next; the
// others start as defaults on the prototype (after the class) and become its own when
// set. Each property an object owns costs goja a map entry, and maps that grow.
class IncomingMessage extends RequestEmitter {
  constructor(h, method, url, body) {
    super();
    this._exchange = h;
    this.method = method;
    this.url = url;
    this._body = body; // null, an ArrayBuffer, or true (pull from Go)
  }

  // Where the message's headers and body come from: Go's exchange for a request a server
  // received; a client's response (ClientResponse) reads them from fetch's Response.
  _flatHeaders() { return native.headers(this._exchange); }
  _pull() { return native.pull(this._exchange); }
  _cancelBody() { native.cancel(this._exchange); }
  // destroy() ends the connection, as destroying the socket does in Node: a response
  // not sent yet never will be (the client sees the connection close).
  _dropConnection() { native.abort(this._exchange); }

  get headers() {
    if (this._headers === null) {
      const flat = this._flatHeaders();
      const h = {};
      for (let i = 0; i < flat.length; i += 2) {
        const k = flat[i];
        const v = flat[i + 1];
        if (k === 'set-cookie') {
          (h[k] ??= []).push(v);
        } else if (h[k] === undefined) {
          h[k] = v;
        } else if (!dropDuplicates.has(k)) {
          h[k] += (k === 'cookie' ? '; ' : ', ') + v;
        }
      }
      this._headers = h;
    }
    return this._headers;
  }
  set headers(v) { this._headers = v; }

  get headersDistinct() {
    const out = {};
    const flat = this._flatHeaders();
    for (let i = 0; i < flat.length; i += 2) (out[flat[i]] ??= []).push(flat[i + 1]);
    return out;
  }

  get rawHeaders() {
    if (this._rawHeaders === null) this._rawHeaders = native.rawHeaders(this._exchange);
    return this._rawHeaders;
  }

  get trailers() { return {}; }
  get rawTrailers() { return []; }

  get httpVersion() { return native.httpVersion(this._exchange); }
  get httpVersionMajor() { return Number(this.httpVersion.split('.')[0]); }
  get httpVersionMinor() { return Number(this.httpVersion.split('.')[1]); }

  get socket() {
    if (this._socket === null) this._socket = new SocketInfo(this._exchange);
    return this._socket;
  }
  get connection() { return this.socket; }

  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    return this;
  }

  setEncoding(enc) {
    this._encoding = enc;
    this._decoder = new TextDecoder(enc === 'utf8' || enc === 'utf-8' ? 'utf-8' : enc);
    return this;
  }

  on(ev, fn) {
    super.on(ev, fn);
    if (ev === 'data' && this._flowing !== false) this.resume();
    if (ev === 'readable') this.resume();
    return this;
  }

  resume() {
    if (this._flowing !== true) {
      this._flowing = true;
      process.nextTick(() => this._flow());
    }
    return this;
  }

  pause() {
    this._flowing = false;
    return this;
  }

  isPaused() { return this._flowing === false; }

  read() { return null; }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this._body === true) this._cancelBody();
    this._dropConnection();
    if (!this._ended) {
      this.aborted = true;
      this.emit('aborted');
    }
    process.nextTick(() => {
      if (err) emitErrorIfListened(this, err);
      this.emit('close');
    });
    return this;
  }

  pipe(dest) {
    this.on('data', (c) => dest.write(c));
    this.on('end', () => { if (dest !== process.stdout && dest !== process.stderr) dest.end(); });
    return dest;
  }

  _chunk(ab) {
    const b = Buffer.from(ab);
    if (this._decoder !== null) return this._decoder.decode(b, { stream: true });
    return b;
  }

  // _next gives the next chunk (a Buffer or string), or null at the end.
  _next() {
    const body = this._body;
    if (body === null) return Promise.resolve(null);
    if (body === true) {
      return this._pull().then((ab) => {
        if (ab === null) {
          this._body = null;
          return null;
        }
        return this._chunk(ab);
      });
    }
    this._body = null;
    return Promise.resolve(body.byteLength === 0 ? null : this._chunk(body));
  }

  _finish() {
    if (this._ended) return;
    this._ended = true;
    this.complete = true;
    this.readable = false;
    this.readableEnded = true;
    if (this._decoder !== null) {
      const rest = this._decoder.decode();
      if (rest) this.emit('data', rest);
    }
    this.emit('end');
    process.nextTick(() => { this.destroyed = true; this.emit('close'); });
  }

  _flow() {
    if (this._reading || this._ended || this._flowing !== true) return;
    this._reading = true;
    this._next().then((chunk) => {
      this._reading = false;
      if (chunk === null) {
        this._finish();
        return;
      }
      this.emit('data', chunk);
      this._flow();
    }, (err) => {
      this._reading = false;
      if (this.destroyed) return; // already closed (its response finished): no more events
      this.aborted = true;
      this.emit('aborted');
      this.destroyed = true;
      emitErrorIfListened(this, err);
      this.emit('close');
    });
  }

  [Symbol.asyncIterator]() {
    const self = this;
    this._flowing = false; // the iterator reads; no 'data' events
    return {
      next() {
        if (self._ended) return Promise.resolve({ value: undefined, done: true });
        return self._next().then((chunk) => {
          if (chunk === null) {
            self._finish();
            return { value: undefined, done: true };
          }
          return { value: chunk, done: false };
        });
      },
      return() {
        if (!self._ended && self._body === true) self._cancelBody();
        self._ended = true;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

Object.assign(IncomingMessage.prototype, {
  complete: false, aborted: false, upgrade: false, statusCode: null, statusMessage: null, readable: true,
  readableEnded: false, destroyed: false, _headers: null, _rawHeaders: null,
  _flowing: null, // null: never asked; true/false: resume()/pause()
  _reading: false, _ended: false, _encoding: null, _decoder: null, _socket: null, _iter: null,
});

// SocketInfo is what req.socket / res.socket offer: the two addresses.
class SocketInfo extends EventEmitter {
  constructor(h) {
    super();
    const r = native.remoteAddr(h) || ['', 0];
    const l = native.localAddr(h) || ['', 0];
    this.remoteAddress = r[0];
    this.remotePort = r[1];
    this.remoteFamily = r[0].includes(':') ? 'IPv6' : 'IPv4';
    this.localAddress = l[0];
    this.localPort = l[1];
    this.encrypted = false;
  }
  setTimeout() { return this; }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  address() { return { address: this.localAddress, family: this.localAddress.includes(':') ? 'IPv6' : 'IPv4', port: this.localPort }; }
}

// ------------------------------------------------------------------ ServerResponse

// OutgoingMessage is what a server's response and a client's request share, as in Node:
// the headers to send, kept by lower-case name as [name, value].
class OutgoingMessage extends RequestEmitter {
  constructor() {
    super();
    this._outHeaders = { __proto__: null };
  }

  // write and end sort out their optional arguments here; the subclass's _write and
  // _end do the rest.
  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    return this._write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    return this._end(chunk, encoding, cb);
  }

  setHeader(name, value) {
    if (this.headersSent) throw ERR_HTTP_HEADERS_SENT('set');
    const k = lowerHeaderName(name);
    validateHeaderValue(name, value);
    this._outHeaders[k] = [name, value];
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw ERR_HTTP_HEADERS_SENT('append');
    const k = lowerHeaderName(name);
    validateHeaderValue(name, value);
    const e = this._outHeaders[k];
    if (e === undefined) this._outHeaders[k] = [name, value];
    else e[1] = [].concat(e[1], value);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw ERR_INVALID_ARG_TYPE('name', 'string', name);
    const e = this._outHeaders[name.toLowerCase()];
    return e === undefined ? undefined : e[1];
  }

  getHeaders() {
    const out = { __proto__: null };
    for (const k of Object.keys(this._outHeaders)) out[k] = this._outHeaders[k][1];
    return out;
  }

  getHeaderNames() { return Object.keys(this._outHeaders); }
  getRawHeaderNames() { return Object.values(this._outHeaders).map((e) => e[0]); }

  hasHeader(name) {
    if (typeof name !== 'string') throw ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this._outHeaders[name.toLowerCase()] !== undefined;
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this.headersSent) throw ERR_HTTP_HEADERS_SENT('remove');
    delete this._outHeaders[name.toLowerCase()];
  }

}

// Like a request, a response owns only what is its own from the start (see
// IncomingMessage).
class ServerResponse extends OutgoingMessage {
  constructor(req) {
    super();
    this.req = req;
    this._exchange = req._exchange; // the Go handle of the exchange
  }

  get socket() { return this.req.socket; }
  get connection() { return this.req.socket; }
  get writable() { return !this.writableEnded; }
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }

  flushHeaders() {
    if (!this._head) this._sendHead();
  }

  writeHead(statusCode, reason, headers) {
    if (this.headersSent) throw ERR_HTTP_HEADERS_SENT('set');
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw ERR_HTTP_INVALID_STATUS_CODE(statusCode);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      headers = reason;
    }
    this.statusCode = statusCode;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) this.appendHeader(k, v);
      } else {
        if (headers.length % 2 !== 0) throw ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else if (headers) {
      for (const k of Object.keys(headers)) {
        if (headers[k] !== undefined) this.setHeader(k, headers[k]);
      }
    }
    this._checkStatus();
    this.headersSent = true; // as in Node; Go gets the head with the first write or end
    return this;
  }

  writeContinue() {}
  writeProcessing() {}
  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    return this;
  }
  addTrailers() {}
  cork() {}
  uncork() {}

  // _flat is the headers as Go takes them, [name, value, ...]. Indexes, not for-of,
  // destructuring or push, which go through goja's iterators or a native call.
  _flat() {
    const headers = this._outHeaders;
    const names = Object.keys(headers);
    const flat = [];
    let n = 0;
    for (let i = 0; i < names.length; i++) {
      const e = headers[names[i]];
      const name = e[0], v = e[1];
      if (!Array.isArray(v)) {
        flat[n++] = name;
        flat[n++] = typeof v === 'string' ? v : String(v);
        continue;
      }
      for (let j = 0; j < v.length; j++) {
        flat[n++] = name;
        flat[n++] = String(v[j]);
      }
    }
    return flat;
  }

  _checkStatus() {
    const c = this.statusCode;
    if (c < 100 || c > 999) throw ERR_HTTP_INVALID_STATUS_CODE(c);
  }

  _sendHead() {
    this._checkStatus();
    this.headersSent = true;
    this._head = true;
    this._streamed = true;
    this.chunkedEncoding = !this.hasHeader('content-length');
    native.head(this._exchange, this.statusCode, this._flat());
  }

  _write(chunk, encoding, cb) {
    if (this.writableEnded) return writeAfterEnd(this, cb);
    const data = toChunk(chunk, encoding, 'chunk');
    if (!this._head) this._sendHead();
    this._watchSoon();
    const p = native.write(this._exchange, data);
    // The write's callback comes before 'finish', as in Node: _watch waits for the last
    // write (Go settles the two on different goroutines, in either order).
    this._lastWrite = p.then(() => { if (typeof cb === 'function') cb(); }, (err) => { if (typeof cb === 'function') cb(err); });
    return true;
  }

  _end(chunk, encoding, cb) {
    if (this.writableEnded) {
      if (typeof cb === 'function') {
        if (this.writableFinished) process.nextTick(cb);
        else this.once('finish', cb);
      }
      return this;
    }
    const data = chunk === undefined || chunk === null ? null : toChunk(chunk, encoding, 'chunk');
    if (typeof cb === 'function') this.once('finish', cb);
    this._watchSoon();
    if (!this._head) {
      const status = this.statusCode; // _checkStatus, without the call
      if (status < 100 || status > 999) throw ERR_HTTP_INVALID_STATUS_CODE(status);
      this.headersSent = true;
      this._head = true;
      native.respond(this._exchange, status, this._flat(), data);
    } else {
      if (data !== null && (typeof data === 'string' ? data.length > 0 : data.byteLength > 0)) {
        native.write(this._exchange, data).catch(() => {});
      }
      native.end(this._exchange, false);
    }
    this.writableEnded = true;
    this.finished = true;
    // Node hands a small response to the socket at once and reports it finished; a
    // response that goes to the client later is still 'finish'ed by _watch.
    if (!this._streamed) this.writableFinished = true;
    return this;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (!this.writableEnded) native.abort(this._exchange);
    this.writableEnded = true;
    return this;
  }

  // _watchSoon calls _watch a tick from now if anyone listens for 'finish' or 'close'
  // then (Node emits them later still): most responses have no such listener, and
  // asking Go costs a round trip per request.
  _watchSoon() {
    if (this._watched || this._watchPending) return;
    this._watchPending = true;
    process.nextTick(watchIfListened, this); // a function of the module: no closure a response
  }

  // _watch asks once when the response is complete (or failed), for 'finish' and 'close'.
  _watch() {
    if (this._watched) return;
    this._watched = true;
    const completed = native.completed(this._exchange);
    const afterWrites = (v) => (this._lastWrite === undefined ? v : this._lastWrite.then(() => v));
    completed.then(afterWrites, (err) => afterWrites(Promise.reject(err))).then(() => {
      this.writableFinished = true;
      this.emit('finish');
      this._close();
    }, () => {
      this._close();
    });
  }

  _close() {
    if (this._closed) return;
    this._closed = true;
    this.destroyed = true;
    this.emit('close');
    if (!this.req._ended && !this.req.destroyed) {
      this.req.destroyed = true;
      this.req.emit('close');
    }
  }
}

Object.assign(ServerResponse.prototype, {
  statusCode: 200, statusMessage: undefined, sendDate: true, headersSent: false, writableEnded: false,
  writableFinished: false, finished: false, destroyed: false, chunkedEncoding: false,
  _head: false, // a head was pushed to Go
  _streamed: false, // the body goes by write()s (head, writes, end)
  _closed: false, _watched: false, _watchPending: false,
});

const IncomingMessagePrototype = IncomingMessage.prototype;
const ServerResponsePrototype = ServerResponse.prototype;

// writeAfterEnd reports a write after end() as Node does: a tick later, the write's
// callback with the error, then 'error'.
function writeAfterEnd(w, cb) {
  const err = ERR_STREAM_WRITE_AFTER_END();
  process.nextTick(() => {
    if (typeof cb === 'function') cb(err);
    w.emit('error', err);
  });
  return false;
}

function watchIfListened(res) {
  res._watchPending = false;
  const ev = res._events, reqEv = res.req._events; // listenerCount, without its calls
  if (ev.finish !== undefined || ev.close !== undefined || reqEv.close !== undefined) {
    res._watch();
  } else if (res.writableEnded) {
    res.writableFinished = true;
  }
}

// toBytes is a client request's chunk as bytes (the body stream and fetch take bytes).
function toBytes(chunk, encoding) {
  const data = toChunk(chunk, encoding, 'chunk');
  return typeof data === 'string' ? Buffer.from(data) : data;
}

function toChunk(chunk, encoding, name) {
  if (typeof chunk === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return chunk;
    return new Uint8Array(Buffer.from(chunk, encoding));
  }
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'Uint8Array'], chunk);
}

// ------------------------------------------------------------------ Server

class Server extends EventEmitter {
  constructor(options, requestListener) {
    super();
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    if (requestListener !== undefined) this.on('request', requestListener);
    this._handle = null;
    this._address = null;
    this._closing = false;
    this._unref = false;
    this.listening = false;
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    this.headersTimeout = 60000;
    this.requestTimeout = 300000;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.maxInFlight = options.maxInFlight ?? 0;
    this.maxQueue = options.maxQueue ?? this.maxInFlight;
  }

  listen(...args) {
    let port = 0;
    let host;
    let cb;
    if (typeof args[args.length - 1] === 'function') cb = args.pop();
    const a0 = args[0];
    if (a0 !== null && typeof a0 === 'object') {
      port = a0.port ?? 0;
      host = a0.host;
    } else {
      if (a0 !== undefined && a0 !== null) port = a0;
      if (typeof args[1] === 'string') host = args[1];
    }
    if (typeof port === 'string' && /^[0-9]+$/.test(port)) port = Number(port);
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw makeError(RangeError, 'ERR_SOCKET_BAD_PORT',
        `options.port should be >= 0 and < 65536. Received ${typeof port === 'string' ? `type string ('${port}')` : port}.`);
    }
    if (this._handle !== null) throw ERR_SERVER_ALREADY_LISTEN();
    if (cb !== undefined) this.once('listening', cb);
    let res;
    try {
      res = native.listen(true, host === undefined || host === null ? '' : String(host), port,
        this.maxInFlight, this.maxQueue, '1', (h, method, url, body) => this._dispatch(h, method, url, body),
        () => this._finished());
    } catch (err) {
      if (err !== null && typeof err === 'object' && err.name === 'PermissionDenied') throw err;
      process.nextTick(() => this.emit('error', err));
      return this;
    }
    const [handle, address, actual] = res;
    this._handle = handle;
    this._closing = false;
    this._address = { address, family: address.includes(':') ? 'IPv6' : 'IPv4', port: actual };
    if (this._unref) native.unref(handle);
    this.listening = true;
    // Node looks a hostname up first (asynchronously, even an IP address), so
    // 'listening' comes a tick later than with a port alone.
    if (host === undefined || host === null) process.nextTick(() => this.emit('listening'));
    else process.nextTick(() => process.nextTick(() => this.emit('listening')));
    return this;
  }

  _dispatch(h, method, url, body) {
    // The objects the two constructors make, made directly: a class's new is a nested
    // call into the VM per constructor (three for a response), a third of the time
    // these objects cost. The own properties are the same, in the same order.
    const req = {
      __proto__: IncomingMessagePrototype, _events: { __proto__: null }, _eventsCount: 0,
      _maxListeners: undefined, _exchange: h, method, url, _body: body,
    };
    const res = {
      __proto__: ServerResponsePrototype, _events: { __proto__: null }, _eventsCount: 0,
      _maxListeners: undefined, _outHeaders: { __proto__: null }, req, _exchange: h,
    };
    // One 'request' listener and no captureRejections (the usual server): call it as
    // emit would, without emit's rest array and apply.
    const listener = this._events.request;
    if (typeof listener === 'function' && !EventEmitter.captureRejections) listener.call(this, req, res);
    else this.emit('request', req, res);
  }

  _finished() {
    this._handle = null;
    this._address = null;
    this._closing = false;
    this.emit('close');
  }

  address() {
    return this._address === null ? null : { ...this._address };
  }

  close(cb) {
    if (this._closing) {
      if (typeof cb === 'function') this.once('close', cb);
      return this;
    }
    if (this._handle === null) {
      // As net.Server does: the callback gets ERR_SERVER_NOT_RUNNING, through a
      // 'close' event emitted again.
      if (typeof cb === 'function') this.once('close', () => cb(ERR_SERVER_NOT_RUNNING()));
      process.nextTick(() => this.emit('close'));
      return this;
    }
    if (typeof cb === 'function') this.once('close', cb);
    this._closing = true;
    this.listening = false;
    native.shutdown(this._handle, false);
    return this;
  }

  closeAllConnections() {
    if (this._handle !== null) native.shutdown(this._handle, true);
  }

  closeIdleConnections() {}

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (typeof cb === 'function') this.on('timeout', cb);
    return this;
  }

  ref() {
    this._unref = false;
    if (this._handle !== null) native.ref(this._handle);
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle !== null) native.unref(this._handle);
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

// ------------------------------------------------------------------ client

// The client half, http.request and http.get, for the common case: a request whose body
// is written whole (write, then end) and a response read as a stream. It is sent with
// fetch (so it has fetch's permission checks and Go's transport) and, as Node's, does
// not follow redirects. Not here: agents and sockets, upgrades, trailers, and the
// original case of response header names (rawHeaders has them in lower case).

const ERR_INVALID_PROTOCOL = (p) => makeError(TypeError, 'ERR_INVALID_PROTOCOL',
  `Protocol "${p}" not supported. Expected "http:"`);

// ClientResponse is the IncomingMessage of a client's response, read from fetch's.
class ClientResponse extends IncomingMessage {
  constructor(res) {
    super(null, null, '', res.body === null ? null : true);
    this._res = res;
    this._reader = null;
    this.statusCode = res.status;
    this.statusMessage = res.statusText;
  }

  _flatHeaders() {
    const flat = [];
    const h = this._res.headers;
    for (const [k, v] of h) if (k !== 'set-cookie') flat.push(k, v);
    for (const c of h.getSetCookie()) flat.push('set-cookie', c);
    return flat;
  }

  _pull() {
    this._reader ??= this._res.body.getReader();
    return this._reader.read().then((r) => (r.done ? null : r.value));
  }

  _cancelBody() {
    if (this._reader !== null) this._reader.cancel().catch(() => {});
    else this._res.body.cancel().catch(() => {});
  }

  _dropConnection() {} // cancelling the body is what ends a client's response

  get rawHeaders() {
    if (this._rawHeaders === null) this._rawHeaders = this._flatHeaders();
    return this._rawHeaders;
  }

  get httpVersion() { return '1.1'; }
  get socket() { return null; }
}

// requestOptions merges http.request's arguments, (url[, options][, cb]) or
// (options[, cb]), into [options, cb] as Node does.
function requestOptions(input, options, cb) {
  let opts = {};
  if (typeof input === 'string' || (input !== null && typeof input === 'object' && input instanceof global.URL)) {
    const u = typeof input === 'string' ? new global.URL(input) : input;
    opts = {
      protocol: u.protocol, hostname: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname,
      port: u.port === '' ? undefined : Number(u.port), path: `${u.pathname}${u.search}`,
    };
    if (u.username !== '' || u.password !== '') {
      opts.auth = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    }
  } else if (input !== null && typeof input === 'object') {
    cb = options;
    options = input;
  } else if (typeof input === 'function') {
    cb = input;
    options = undefined;
  } else if (input !== undefined) {
    throw ERR_INVALID_ARG_TYPE('url', ['string', 'URL'], input);
  }
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  if (options !== undefined && options !== null) opts = { ...opts, ...options };
  return [opts, cb];
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    const [opts, callback] = requestOptions(input, options, cb);
    const protocol = opts.protocol ?? 'http:';
    if (protocol !== 'http:') throw ERR_INVALID_PROTOCOL(protocol);
    let host = opts.hostname ?? (typeof opts.host === 'string' ? opts.host.replace(/:\d+$/, '') : 'localhost');
    const port = opts.port ?? (typeof opts.host === 'string' && /:\d+$/.test(opts.host) ?
      Number(opts.host.slice(opts.host.lastIndexOf(':') + 1)) : 80);
    const method = opts.method === undefined ? 'GET' : String(opts.method).toUpperCase();
    if (!tokenRE.test(method)) throw ERR_INVALID_HTTP_TOKEN(method);
    this.method = method;
    this.path = opts.path ?? '/';
    this.host = host;
    this.protocol = protocol;
    const headers = opts.headers;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
    } else if (headers !== undefined && headers !== null) {
      for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
    }
    if (opts.auth !== undefined && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(String(opts.auth)).toString('base64')}`);
    }
    if (host.includes(':')) host = `[${host}]`;
    this._url = `http://${host}:${port}${this.path}`;
    this._ctl = null; // the controller of the body stream, once write() started one
    this._ac = new global.AbortController();
    this._timer = null;
    if (opts.signal !== undefined && opts.signal !== null) {
      const signal = opts.signal;
      const abort = () => this.destroy(new AbortError(undefined, { cause: signal.reason }));
      if (signal.aborted) process.nextTick(abort);
      else signal.addEventListener('abort', abort, { once: true });
    }
    if (opts.timeout !== undefined) this.setTimeout(opts.timeout);
    if (typeof callback === 'function') this.once('response', callback);
  }

  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    if (this._timer !== null) clearTimeout(this._timer);
    this._timer = ms > 0 ? setTimeout(() => { this._timer = null; this.emit('timeout'); }, ms) : null;
    return this;
  }

  setNoDelay() {}
  setSocketKeepAlive() {}

  // The first write() (or flushHeaders()) sends the request with a body that streams
  // what is written, as Node sends it chunked; a request ended without one goes whole,
  // with a Content-Length.
  _write(chunk, encoding, cb) {
    if (this.writableEnded) return writeAfterEnd(this, cb);
    if (this.destroyed) {
      // As Node: false, and the callback gets ERR_STREAM_DESTROYED after 'close'.
      const err = ERR_STREAM_DESTROYED('write');
      if (typeof cb === 'function') process.nextTick(() => process.nextTick(cb, err));
      return false;
    }
    const data = toBytes(chunk, encoding);
    this._startStream();
    if (data.length > 0) this._ctl.enqueue(data);
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }

  _end(chunk, encoding, cb) {
    if (this.writableEnded || this.destroyed) return this;
    const data = chunk === undefined || chunk === null ? undefined : toBytes(chunk, encoding);
    if (typeof cb === 'function') this.once('finish', cb);
    this.writableEnded = true;
    this.finished = true;
    this.headersSent = true;
    if (this._ctl !== null) {
      if (data !== undefined && data.length > 0) this._ctl.enqueue(data);
      this._ctl.close();
      process.nextTick(() => this.emit('finish'));
    } else {
      this._send(data);
    }
    return this;
  }

  flushHeaders() {
    if (!this.writableEnded) this._startStream();
  }

  _startStream() {
    if (this._ctl !== null || this.destroyed) return;
    this.headersSent = true;
    let ctl;
    const body = new global.ReadableStream({ start(c) { ctl = c; } });
    this._ctl = ctl;
    this._send(body);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    // A request not sent yet reports 'close' before 'abort', as Node's does (its
    // 'close' comes from the socket it was about to get).
    this.destroy();
    process.nextTick(() => this.emit('abort'));
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this._timer !== null) clearTimeout(this._timer);
    this._error = err === undefined ? null : err;
    this._ac.abort();
    if (!this.writableEnded && this._ctl === null) {
      // Never sent: report it at once, as Node does for a request not yet on a socket
      // ('socket hang up' unless it was aborted or given its own error). A request that
      // was sent reports it when its fetch fails.
      process.nextTick(() => {
        const e = err ?? (this.aborted ? null : makeError(Error, 'ECONNRESET', 'socket hang up'));
        if (e !== null) this.emit('error', e);
        this.emit('close');
      });
    }
    return this;
  }

  // _send starts the request, with body undefined (none), the whole body, or a
  // ReadableStream that write() feeds.
  _send(body) {
    const headers = [];
    for (const k of Object.keys(this._outHeaders)) {
      const e = this._outHeaders[k];
      if (Array.isArray(e[1])) for (const v of e[1]) headers.push([e[0], String(v)]);
      else headers.push([e[0], String(e[1])]);
    }
    const init = { method: this.method, headers, redirect: 'manual', signal: this._ac.signal };
    if (body !== undefined) {
      init.body = body; // (fetch refuses a body on GET or HEAD: an 'error')
      if (this._ctl !== null) init.duplex = 'half';
    }
    let p;
    try {
      p = global.fetch(this._url, init);
    } catch (err) {
      p = Promise.reject(err);
    }
    if (this._ctl === null) process.nextTick(() => this.emit('finish'));
    p.then((res) => {
      if (this._timer !== null) clearTimeout(this._timer);
      const msg = new ClientResponse(res);
      this.res = msg;
      msg.on('end', () => process.nextTick(() => this.emit('close')));
      if (!this.emit('response', msg)) msg.resume(); // nobody reads it: drain it, as Node does
    }, (err) => {
      if (this._timer !== null) clearTimeout(this._timer);
      let e = err;
      if (this.destroyed) {
        e = this._error ?? makeError(Error, 'ECONNRESET', 'socket hang up');
      } else if (err !== null && typeof err === 'object' && err.cause !== undefined && typeof err.cause.code === 'string') {
        e = err.cause; // Node's own error (ECONNREFUSED ...), which fetch wraps
      }
      this.destroyed = true;
      this.emit('error', e);
      this.emit('close');
    });
  }
}

Object.assign(ClientRequest.prototype, {
  aborted: false, destroyed: false, finished: false, writableEnded: false, headersSent: false, res: null,
  reusedSocket: false, _error: null,
});

// Agent is accepted and kept, but requests do not use it: connections are pooled by the
// transport fetch uses (Go's), so code that makes one (keepAlive: true) works unchanged.
class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { __proto__: null, path: null, ...options };
    this.keepAlive = this.options.keepAlive ?? false;
    this.keepAliveMsecs = this.options.keepAliveMsecs ?? 1000;
    this.maxSockets = this.options.maxSockets ?? Infinity;
    this.maxFreeSockets = this.options.maxFreeSockets ?? 256;
    this.maxTotalSockets = this.options.maxTotalSockets ?? Infinity;
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
  }

  destroy() {}
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  const req = new ClientRequest(input, options, cb);
  req.end();
  return req;
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function validateHeaderNameExport(name) { validateHeaderName(name); }
function validateHeaderValueExport(name, value) { validateHeaderValue(name, value); }

return {
  STATUS_CODES, METHODS, Server, IncomingMessage, ServerResponse, createServer,
  validateHeaderName: validateHeaderNameExport, validateHeaderValue: validateHeaderValueExport,
  maxHeaderSize: 16384,
  request, get, ClientRequest,
  Agent, globalAgent,
};
