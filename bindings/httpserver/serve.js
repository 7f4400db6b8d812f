'use strict';
// jsloop:http — serve(options, handler), the shape of Deno.serve: the handler gets a web
// Request and returns a Response (or a promise of one). The Go side (package httpserver)
// listens, admits or sheds each request before the loop sees it, and writes the response;
// this file turns a received request into a Request and a Response into native calls.
//
// Arguments: native (the Go functions, natives.go), hooks (fetch.js's serverHooks),
// require (built-in modules), global.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateObject, validateFunction, validateAbortSignal,
} = require('internal/errors');

if (hooks === undefined) {
  throw new TypeError('jsloop:http needs the fetch bindings (Request, Response)');
}

// The received request, as fetch.js reads it: h is the Go handle of the exchange,
// through which its headers and body are read. Its signal is made on first use (and
// fetch.js keeps it).
hooks.setNative({
  requestLine: native.requestLine,
  headers: native.headers,
  pull: native.pull,
  readAll: native.readAll,
  cancel: native.cancel,
  signal(h) {
    const ac = new global.AbortController();
    if (native.watch(h, () => { ac.abort(clientGone()); })) ac.abort(clientGone());
    return ac.signal;
  },
});

function clientGone() {
  const e = new Error('The client closed the connection before the response was sent');
  e.name = 'AbortError';
  return e;
}

const kServeCtx = 'serve handler';

function validatePort(port) {
  if (port === undefined) return 8000;
  if (typeof port !== 'number') throw ERR_INVALID_ARG_TYPE('options.port', 'number', port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw ERR_OUT_OF_RANGE('options.port', '>= 0 and <= 65535', port);
  }
  return port;
}

function validateCount(v, name, dflt) {
  if (v === undefined) return dflt;
  if (typeof v !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', v);
  if (!(v >= 0) || (v !== Infinity && !Number.isInteger(v))) {
    throw ERR_OUT_OF_RANGE(name, 'a non-negative integer', v);
  }
  return v === Infinity ? 0 : v;
}

// defaultOnError is Deno's: the error goes to stderr, the client gets a bare 500.
function defaultOnError(err) {
  console.error(err);
  return new Response('Internal Server Error', { status: 500 });
}

function fallback() {
  return new Response('Internal Server Error', { status: 500 });
}

class HttpServer {
  #handle;
  #finished;
  #addr;

  constructor(handle, addr, finished) {
    this.#handle = handle;
    this.#addr = addr;
    this.#finished = finished;
  }

  /** { transport: 'tcp', hostname, port } of the listening socket. */
  get addr() { return this.#addr; }
  /** A promise that resolves when the server has shut down. */
  get finished() { return this.#finished; }

  /** Stops listening, lets the requests in flight finish, resolves when done. */
  shutdown() {
    native.shutdown(this.#handle, false);
    return this.#finished;
  }

  /** The server keeps the process alive (the default). */
  ref() { native.ref(this.#handle); }
  /** The server no longer keeps the process alive by itself. */
  unref() { native.unref(this.#handle); }

  /** [in flight, waiting, shed so far]: what admission sees now (jsloop only). */
  get stats() {
    const [inFlight, queued, shed] = native.stats(this.#handle);
    return { inFlight, queued, shed };
  }

  async [Symbol.asyncDispose]() { return this.shutdown(); }
}

function serve(arg1, arg2) {
  let options, handler;
  if (typeof arg1 === 'function') {
    handler = arg1;
    options = arg2 === undefined ? {} : arg2;
  } else {
    options = arg1;
    handler = arg2;
  }
  validateObject(options, 'options');
  if (handler === undefined && typeof options.handler === 'function') handler = options.handler;
  validateFunction(handler, 'handler');
  const port = validatePort(options.port);
  let hostname = options.hostname === undefined ? '0.0.0.0' : options.hostname;
  if (typeof hostname !== 'string') throw ERR_INVALID_ARG_TYPE('options.hostname', 'string', hostname);
  const maxInFlight = validateCount(options.maxInFlight, 'options.maxInFlight', 0);
  const maxQueue = validateCount(options.maxQueue, 'options.maxQueue', maxInFlight);
  const retryAfter = validateCount(options.retryAfter, 'options.retryAfter', 1);
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  const onError = options.onError === undefined ? defaultOnError : options.onError;
  validateFunction(onError, 'options.onError');
  const onListen = options.onListen;
  if (onListen !== undefined && onListen !== null) validateFunction(onListen, 'options.onListen');

  let resolveFinished;
  const finished = new Promise((resolve) => { resolveFinished = resolve; });

  // One request: h is the Go handle of the exchange, and the handler's info.
  function dispatch(h) {
    const request = hooks.newRequest(h);
    let result;
    try {
      result = handler(request, h);
    } catch (err) {
      failed(h, err);
      return;
    }
    if (hooks.isResponse(result)) {
      reply(h, result, false);
    } else if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      later(h, result);
    } else {
      failed(h, new TypeError('Return value from serve handler must be a response or a promise resolving to a response'));
    }
  }

  // later sends what the handler's promise gives. It is a function of its own so that
  // dispatch's variables are not captured (goja would give each call a scope object).
  function later(h, promise) {
    promise.then((r) => send(h, r), (err) => failed(h, err));
  }

  function failed(h, err) {
    let r;
    try {
      r = onError(err);
    } catch (err2) {
      console.error(err2);
      r = fallback();
    }
    const fin = (v) => {
      if (!hooks.isResponse(v)) {
        console.error(new TypeError('Return value from onError handler must be a response or a promise resolving to a response'));
        v = fallback();
      }
      send(h, v, true);
    };
    if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
      r.then(fin, (err2) => { console.error(err2); send(h, fallback(), true); });
    } else {
      fin(r);
    }
  }

  function send(h, r, fromOnError = false) {
    if (!hooks.isResponse(r)) {
      if (fromOnError) r = fallback();
      else {
        failed(h, new TypeError('Return value from serve handler must be a response or a promise resolving to a response'));
        return;
      }
    }
    reply(h, r, fromOnError);
  }

  // reply sends r, a Response.
  function reply(h, r, fromOnError) {
    let parts;
    try {
      parts = hooks.responseParts(r, fromOnError ? 'onError handler' : kServeCtx);
    } catch (err) {
      if (fromOnError) {
        console.error(err);
        parts = hooks.responseParts(fallback(), 'onError handler');
      } else {
        failed(h, err);
        return;
      }
    }
    const status = parts[0], headers = parts[1], body = parts[2]; // goja destructures arrays slowly
    if (body === null || typeof body === 'string' || body instanceof Uint8Array) {
      native.respond(h, status, headers, body);
      return;
    }
    native.head(h, status, headers);
    pump(h, body.getReader());
  }

  let handle, address, actualPort;
  try {
    [handle, address, actualPort] = native.listen(false, hostname, port, maxInFlight, maxQueue,
      String(retryAfter), dispatch, () => resolveFinished());
  } catch (err) {
    if (typeof err === 'object' && err !== null && err.code === 'EADDRINUSE') {
      const e = new Error(`Address already in use (os error 98): ${err.message}`);
      e.name = 'AddrInUse';
      e.code = 'EADDRINUSE';
      e.cause = err;
      throw e;
    }
    throw err;
  }
  const addr = { transport: 'tcp', hostname: address, port: actualPort };
  const server = new HttpServer(handle, addr, finished);
  if (signal !== undefined) {
    if (signal.aborted) server.shutdown();
    else signal.addEventListener('abort', () => server.shutdown(), { once: true });
  }
  if (onListen !== undefined && onListen !== null) {
    onListen(addr);
  } else if (onListen === undefined) {
    const shown = address === '0.0.0.0' || address === '::' ? 'localhost' : address;
    console.error(`Listening on http://${shown.includes(':') ? `[${shown}]` : shown}:${actualPort}/`);
  }
  return server;
}

// pump writes a streamed body chunk by chunk, each after the one before was flushed; a
// failure of the stream cuts the connection, a client that went away cancels the stream.
async function pump(h, reader) {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (typeof value === 'string') {
        await native.write(h, value);
      } else if (value instanceof Uint8Array) {
        if (value.byteLength > 0) await native.write(h, value);
      } else if (ArrayBuffer.isView(value)) {
        await native.write(h, new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      } else {
        throw new TypeError('The response body stream gave a chunk that is not a Uint8Array');
      }
    }
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.code === 'ECONNRESET') {
      reader.cancel(err).catch(() => {});
      native.abort(h);
      return;
    }
    console.error(err);
    reader.cancel(err).catch(() => {});
    native.abort(h);
    return;
  }
  native.end(h, false);
}

// ServeHandlerInfo is the prototype of a handler's second argument, which Go makes (a
// dynamic object that is also the exchange's handle): new ones cannot be made here.
class ServeHandlerInfo {
  constructor() { throw new TypeError('Illegal constructor'); }

  /** The client's address: { transport: 'tcp', hostname, port }. */
  get remoteAddr() { return native.remoteInfo(this); }

  /** Resolves when the response has been sent in full; rejects if it could not be. */
  get completed() { return native.infoCompleted(this); }
}
native.setInfoPrototype(ServeHandlerInfo.prototype);

Object.defineProperty(serve, 'name', { value: 'serve' });
return { serve, HttpServer };
