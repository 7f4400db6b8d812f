'use strict';
// worker_threads: Worker, MessageChannel, MessagePort, parentPort, workerData,
// isMainThread, threadId, receiveMessageOnPort; and the web Worker (the global Worker,
// with self, postMessage and onmessage inside it). Each worker is an event loop of its
// own on its own goroutine (bindings/worker_thread.go); messages are copied by
// structured clone, ArrayBuffers in a transfer list move, MessagePorts travel by transfer.

const EventEmitter = require('events');
const {
  makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  validateObject, validateString, validateFunction,
} = require('internal/errors');
const binding = require('internal/worker');

const kHandle = Symbol('kHandle');
const kClosed = Symbol('kClosed');
const kInternal = Symbol('kInternal'); // a Worker's own port: its ref is the Worker's
const kToken = Symbol('kToken');
const kWeb = Symbol('kWeb'); // a web Worker (bindings give it self, postMessage, onmessage)
const kOnMessage = Symbol('kOnMessage');
const kEmpty = Object.freeze({ __proto__: null });

// MessagePort is one end of a channel, an EventEmitter as in Node: 'message' listeners
// get the value; onmessage and addEventListener get an event with .data. A 'message'
// listener starts the port and keeps the loop alive (ref) until the last one goes.
class MessagePort extends EventEmitter {
  constructor(token, handle) {
    if (token !== kToken) throw makeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
    this[kHandle] = handle;
    this[kClosed] = false;
    this.on('newListener', (name) => {
      if (name === 'message' && !this[kClosed]) {
        if (!this[kInternal]) handle.ref();
        handle.start();
      }
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0 && !this[kInternal]) handle.unref();
    });
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('message');
    if (this[kClosed]) return;
    this[kHandle].post(value, transferList);
  }

  start() { if (!this[kClosed]) this[kHandle].start(); }
  close() { if (!this[kClosed]) this[kHandle].close(); }
  ref() { if (!this[kClosed]) this[kHandle].ref(); return this; }
  unref() { if (!this[kClosed]) this[kHandle].unref(); return this; }
  hasRef() { return !this[kClosed] && this[kHandle].hasRef(); }

  get onmessage() { return this[kOnMessage]?.fn ?? null; }
  set onmessage(fn) {
    if (this[kOnMessage]) this.off('message', this[kOnMessage]);
    this[kOnMessage] = undefined;
    if (typeof fn !== 'function') return;
    const wrapper = (data) => fn.call(this, messageEvent(this, data));
    wrapper.fn = fn;
    this[kOnMessage] = wrapper;
    this.on('message', wrapper);
  }

  addEventListener(type, fn, options) {
    const once = typeof options === 'object' && options !== null && options.once;
    const wrapper = (data) => fn.call(this, type === 'message' ? messageEvent(this, data) : { type, target: this });
    wrapper.listener = fn;
    if (once) this.once(type, wrapper); else this.on(type, wrapper);
  }

  removeEventListener(type, fn) {
    const found = this.rawListeners(type).find((l) => l.listener === fn || l.listener?.listener === fn);
    if (found) this.off(type, found.listener?.listener === fn ? found.listener : found);
  }
}

function messageEvent(target, data) {
  return { __proto__: null, type: 'message', data, target, currentTarget: target, ports: [] };
}

binding.init({
  makePort: (handle) => new MessagePort(kToken, handle),
  deliver: (port, value) => { port.emit('message', value); },
  closed: (port, detached) => {
    if (port[kClosed]) return;
    port[kClosed] = true;
    if (!detached) port.emit('close');
  },
});

class MessageChannel {
  constructor() {
    const [port1, port2] = binding.channel();
    this.port1 = port1;
    this.port2 = port2;
  }
}

// receiveMessageOnPort takes a waiting message at once: { message } or undefined.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  if (port[kClosed]) return undefined;
  return port[kHandle].receive();
}

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// resolveFilename turns new Worker()'s first argument into an absolute path, as Node
// does: a file: URL, an absolute path, or a path starting with ./ or ../ (from the
// working directory).
function resolveFilename(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    if (filename.protocol !== 'file:') {
      throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    return require('url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string') throw ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  const path = require('path');
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw makeError(TypeError, 'ERR_WORKER_PATH',
      'The worker script or module filename must be an absolute path or a relative path starting with \'./\' ' +
      `or '../'. Received "${filename}"`);
  }
  return path.resolve(filename);
}

function envObject(env) {
  if (env === undefined || env === null || env === SHARE_ENV) return { ...process.env };
  validateObject(env, 'options.env');
  const out = {};
  for (const k of Object.keys(env)) out[k] = `${env[k]}`;
  return out;
}

// Worker runs a script in a new thread (a loop on its own goroutine). Events: 'online',
// 'message', 'messageerror', 'error' (an uncaught exception in the worker, cloned),
// 'exit' (the exit code).
class Worker extends EventEmitter {
  #handle;
  #port;
  #exited = false;

  constructor(filename, options = kEmpty) {
    super();
    validateObject(options, 'options');
    const isEval = !!options.eval;
    let file;
    if (isEval) {
      validateString(filename, 'filename');
      file = filename;
    } else {
      file = resolveFilename(filename);
    }
    let argv = [];
    if (options.argv !== undefined) {
      if (!Array.isArray(options.argv)) throw ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
      argv = options.argv.map((a) => `${a}`);
    }
    if (options.name !== undefined) validateString(options.name, 'options.name');
    if (options.transferList !== undefined && !Array.isArray(options.transferList)) {
      throw ERR_INVALID_ARG_TYPE('options.transferList', 'Array', options.transferList);
    }
    const spec = {
      filename: file, eval: isEval, web: !!options[kWeb], name: options.name ?? '',
      argv, env: envObject(options.env), workerData: options.workerData, transferList: options.transferList,
    };
    const handle = binding.spawn(spec, (type, value) => this.#onEvent(type, value));
    this.#handle = handle;
    const port = handle.port;
    port[kInternal] = true;
    this.#port = port;
    port.on('message', (value) => this.emit('message', value));
    Object.defineProperty(this, 'threadId', { value: handle.threadId, enumerable: true, configurable: true });
  }

  #onEvent(type, value) {
    switch (type) {
      case 'online':
        this.emit('online');
        break;
      case 'error':
        this.emit('error', value);
        break;
      case 'exit':
        this.#exited = true;
        Object.defineProperty(this, 'threadId', { value: -1, enumerable: true, configurable: true });
        this.emit('exit', value);
        break;
    }
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('message');
    if (this.#exited) return;
    this.#port.postMessage(value, transferList);
  }

  // terminate stops the worker as soon as possible, even in the middle of a loop, and
  // returns a promise of its exit code (1), or of undefined when it had already ended.
  terminate(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#exited) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.once('exit', (code) => {
        if (callback) callback(null, code);
        resolve(code);
      });
      this.#handle.terminate();
    });
  }

  ref() { this.#handle.ref(); }
  unref() { this.#handle.unref(); }
}

// WebWorker is the global Worker: the web shape over the same threads. Messages come as
// MessageEvents ('message', onmessage); an uncaught error in the worker fires 'error'
// (onerror) with an ErrorEvent-like event, and is thrown in the parent when nothing
// listens, as Deno does.
let WebWorker;
function makeWebWorker() {
  const { EventTarget, Event } = require('internal/abort');
  class MessageEvent extends Event {
    constructor(type, init = kEmpty) {
      super(type, init);
      Object.defineProperty(this, 'data', { value: init.data, enumerable: true });
    }
  }
  class ErrorEvent extends Event {
    constructor(type, init = kEmpty) {
      super(type, { cancelable: true });
      Object.defineProperty(this, 'error', { value: init.error, enumerable: true });
      Object.defineProperty(this, 'message', { value: `${init.error?.message ?? init.error}`, enumerable: true });
    }
  }
  const handlers = new WeakMap();
  class Worker extends EventTarget {
    #worker;
    constructor(url, options = kEmpty) {
      super();
      validateObject(options, 'options');
      if (options.type !== undefined && options.type !== 'classic' && options.type !== 'module') {
        throw ERR_INVALID_ARG_VALUE('options.type', options.type, "must be 'classic' or 'module'");
      }
      let file = url;
      if (typeof url === 'string' && url.startsWith('file:')) file = new URL(url);
      else if (typeof url === 'string' && !/^(\.\.?[\\/]|\/)/.test(url)) file = `./${url}`;
      handlers.set(this, { __proto__: null });
      const w = new NodeWorker(file, { name: options.name, [kWeb]: true });
      this.#worker = w;
      w.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data })));
      w.on('error', (error) => {
        const ev = new ErrorEvent('error', { error });
        const notCancelled = this.dispatchEvent(ev);
        if (notCancelled && !this.#hasErrorListener) throw error;
      });
    }

    get #hasErrorListener() { return this.onerror !== null || this.#errorListeners > 0; }
    #errorListeners = 0;

    addEventListener(type, fn, options) {
      if (type === 'error' && fn) this.#errorListeners++;
      return super.addEventListener(type, fn, options);
    }

    removeEventListener(type, fn, options) {
      if (type === 'error' && fn && this.#errorListeners > 0) this.#errorListeners--;
      return super.removeEventListener(type, fn, options);
    }

    postMessage(value, transfer) { this.#worker.postMessage(value, transfer); }
    terminate() { this.#worker.terminate(); }
  }
  for (const name of ['message', 'error', 'messageerror']) {
    Object.defineProperty(Worker.prototype, `on${name}`, {
      get() { return handlers.get(this)?.[name] ?? null; },
      set(fn) {
        const h = handlers.get(this);
        if (h[name]) EventTarget.prototype.removeEventListener.call(this, name, h[name]);
        h[name] = typeof fn === 'function' ? fn : null;
        if (h[name]) EventTarget.prototype.addEventListener.call(this, name, h[name]);
      },
      enumerable: true, configurable: true,
    });
  }
  return Worker;
}
const NodeWorker = Worker;

Object.defineProperty(binding, 'WebWorker', {
  get() { return (WebWorker ??= makeWebWorker()); },
  configurable: true,
});

// setupWebGlobals runs in a web Worker before its script: self, postMessage,
// onmessage and close as in a DedicatedWorkerGlobalScope.
binding.setupWebGlobals = function setupWebGlobals() {
  const port = binding.parentPort();
  const g = globalThis;
  const define = (name, value) =>
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  define('self', g);
  define('postMessage', function postMessage(value, transfer) { port.postMessage(value, transfer); });
  define('close', function close() { port.close(); });
  Object.defineProperty(g, 'onmessage', {
    get() { return port.onmessage; },
    set(fn) { port.onmessage = fn; },
    configurable: true, enumerable: true,
  });
};

module.exports = {
  isMainThread: binding.isMainThread,
  MessageChannel,
  MessagePort,
  receiveMessageOnPort,
  resourceLimits: {},
  SHARE_ENV,
  threadId: binding.threadId,
  Worker,
  markAsUntransferable() {},
};
Object.defineProperty(module.exports, 'parentPort', {
  get() { return binding.parentPort(); }, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'workerData', {
  get() { return binding.workerData(); }, enumerable: true, configurable: true,
});
