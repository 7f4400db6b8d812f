'use strict';
// Node's child_process (lib/child_process.js, lib/internal/child_process.js) over
// jsloop's Go binding: binding.spawn starts a process and reports its events through
// onEvent('data', fd, chunk), onEvent('end', fd) and onEvent('exit', code, signal);
// binding.spawnSync runs one to its end.

const {
  AbortError,
  makeError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  validateString, validateObject, validateFunction, validateBoolean, validateAbortSignal,
} = require('internal/errors');
const { Buffer } = require('buffer');
const EventEmitter = require('events');

const MAX_BUFFER = 1024 * 1024;
const kHighWaterMark = 65536;
const signals = binding.signals;
const UV_ENOENT = -2;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ESRCH = -3;

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

function errnoException(err, syscall, original) {
  const code = binding.errname(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    for (const name of Object.keys(signals)) if (signals[name] === signal) return signal;
  } else if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

// ---- streams: the readable ends of stdout/stderr and the writable stdin ----

// Decoder is a StringDecoder: it keeps the bytes of a character split across chunks.
class Decoder {
  constructor(encoding) {
    this.encoding = encoding;
    this.rest = null;
  }

  write(buf) {
    if (this.rest) {
      buf = Buffer.concat([this.rest, buf]);
      this.rest = null;
    }
    let cut = buf.length;
    if (this.encoding === 'utf8') {
      let i = buf.length - 1;
      let back = 0;
      while (i >= 0 && back < 3 && (buf[i] & 0xC0) === 0x80) { i--; back++; }
      if (i >= 0) {
        const b = buf[i];
        const need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (need > back + 1) cut = i;
      }
    } else if (this.encoding === 'utf16le') {
      cut = buf.length - (buf.length % 2);
    } else if (this.encoding === 'base64' || this.encoding === 'base64url') {
      cut = buf.length - (buf.length % 3);
    }
    if (cut < buf.length) {
      this.rest = buf.subarray(cut);
      buf = buf.subarray(0, cut);
    }
    return binding.decode(buf, this.encoding);
  }

  end() {
    const r = this.rest;
    this.rest = null;
    return r ? binding.decode(r, this.encoding) : '';
  }
}

class ChildReadable extends EventEmitter {
  constructor(handle, fd) {
    super();
    this._handle = handle;
    this._fd = fd;
    this._buffer = [];
    this._buffered = 0;
    this._flowing = null;
    this._ended = false;
    this._endScheduled = false;
    this._closed = false;
    this._decoder = null;
    this._encoding = null;
    this._iterating = false;
    this._waiter = null;
    this.readable = true;
    this.readableEnded = false;
    this.destroyed = false;
    if (!handle) this._ended = true;
  }

  get readableFlowing() { return this._flowing; }
  get readableEncoding() { return this._encoding; }
  get readableLength() { return this._buffered; }

  on(event, listener) {
    const r = super.on(event, listener);
    if (event === 'data' && this._flowing !== false) this.resume();
    return r;
  }

  addListener(event, listener) { return this.on(event, listener); }

  setEncoding(encoding) {
    const enc = binding.normalizeEncoding(String(encoding || 'utf8'));
    if (!enc) throw makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    this._encoding = enc;
    this._decoder = new Decoder(enc);
    return this;
  }

  // _push is a chunk from the child.
  _push(chunk) {
    if (this.destroyed) return;
    if (this._flowing && !this._iterating && this._buffer.length === 0) {
      this._emitData(chunk);
      return;
    }
    this._buffer.push(chunk);
    this._buffered += chunk.length;
    if (this._buffered >= kHighWaterMark && this._handle) this._handle.pause(this._fd);
    if (this._waiter) this._wake();
  }

  _pushEnd() {
    this._ended = true;
    if (this.destroyed && !this._waiter) return;
    if (this._waiter) this._wake();
    else if (this._flowing && this._buffer.length === 0) this._scheduleEnd();
  }

  _emitData(chunk) {
    const data = this._decoder ? this._decoder.write(chunk) : chunk;
    if (data.length > 0) this.emit('data', data);
  }

  _takeAll() {
    const chunks = this._buffer;
    this._buffer = [];
    this._buffered = 0;
    if (this._handle) this._handle.resume(this._fd);
    const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    return this._decoder ? this._decoder.write(buf) : buf;
  }

  _scheduleEnd() {
    if (this._endScheduled) return;
    this._endScheduled = true;
    process.nextTick(() => {
      if (this._decoder) {
        const tail = this._decoder.end();
        if (tail.length > 0) this.emit('data', tail);
      }
      this.readable = false;
      this.readableEnded = true;
      this.emit('end');
      process.nextTick(() => this._close());
    });
  }

  _close() {
    if (this._closed) return;
    this._closed = true;
    this.destroyed = true;
    this.readable = false;
    this.emit('close');
  }

  resume() {
    if (!this._flowing) {
      this._flowing = true;
      this.emit('resume');
      process.nextTick(() => this._flow());
    }
    return this;
  }

  _flow() {
    while (this._flowing && this._buffer.length > 0) {
      const chunk = this._buffer.shift();
      this._buffered -= chunk.length;
      this._emitData(chunk);
    }
    if (this._handle && this._buffered < kHighWaterMark) this._handle.resume(this._fd);
    if (this._flowing && this._ended && this._buffer.length === 0) this._scheduleEnd();
  }

  pause() {
    if (this._flowing !== false) {
      this._flowing = false;
      this.emit('pause');
    }
    return this;
  }

  isPaused() { return this._flowing === false; }

  read() {
    if (this._buffer.length === 0) {
      if (this._ended) this._scheduleEnd();
      return null;
    }
    return this._takeAll();
  }

  unref() { return this; }
  ref() { return this; }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this._buffer = [];
    this._buffered = 0;
    if (this._handle) this._handle.destroy(this._fd);
    if (this._waiter) this._wake();
    process.nextTick(() => {
      if (err) this.emit('error', err);
      if (!this._closed) {
        this._closed = true;
        this.emit('close');
      }
    });
    return this;
  }

  pipe(dest, options) {
    const end = !(options && options.end === false) && dest !== process.stdout && dest !== process.stderr;
    this.on('data', (chunk) => {
      if (dest.write(chunk) === false && typeof dest.once === 'function') {
        this.pause();
        dest.once('drain', () => this.resume());
      }
    });
    if (end) this.on('end', () => dest.end());
    if (typeof dest.emit === 'function') dest.emit('pipe', this);
    return dest;
  }

  _wake() {
    const w = this._waiter;
    this._waiter = null;
    this._answer(w);
  }

  // _answer settles one next() of the async iterator.
  _answer({ resolve, reject }) {
    if (this._error) return reject(this._error);
    if (this._buffer.length > 0) return resolve({ value: this._takeAll(), done: false });
    if (this._ended || this.destroyed) {
      if (this._ended) this._scheduleEnd();
      return resolve({ value: undefined, done: true });
    }
    this._waiter = { resolve, reject };
  }

  [Symbol.asyncIterator]() {
    this._iterating = true;
    this._flowing = false;
    this.once('error', (err) => {
      this._error = err;
      if (this._waiter) this._wake();
    });
    const stream = this;
    return {
      next() {
        return new Promise((resolve, reject) => stream._answer({ resolve, reject }));
      },
      return() {
        stream.destroy();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

class ChildWritable extends EventEmitter {
  constructor(handle) {
    super();
    this._handle = handle;
    this._pending = 0;
    this._needDrain = false;
    this._closed = false;
    this.writable = !!handle;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.destroyed = false;
  }

  get writableLength() { return this._pending; }
  get writableNeedDrain() { return this._needDrain; }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    if (typeof chunk === 'string') {
      chunk = binding.encode(chunk, String(encoding || 'utf8'));
    } else if (!isArrayBufferView(chunk)) {
      throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (this.destroyed || !this._handle) {
      // Node calls back with the error; a destroyed stream emits no more events.
      const err = ERR_STREAM_DESTROYED('write');
      if (cb) process.nextTick(cb, err);
      return false;
    }
    if (this.writableEnded) {
      const err = ERR_STREAM_WRITE_AFTER_END();
      if (cb) process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    const len = chunk.length;
    this._pending += len;
    this._handle.write(chunk, (e) => {
      this._pending -= len;
      if (e) {
        const ex = errnoException(e.errno, 'write');
        if (cb) cb(ex);
        this.destroy(ex);
        return;
      }
      if (cb) cb(null);
      if (this._needDrain && this._pending < this.writableHighWaterMark) {
        this._needDrain = false;
        this.emit('drain');
      }
    });
    const ok = this._pending < this.writableHighWaterMark;
    if (!ok) this._needDrain = true;
    return ok;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (this.writableEnded || this.destroyed || !this._handle) {
      if (cb) process.nextTick(cb);
      return this;
    }
    this.writableEnded = true;
    this.writable = false;
    this._endCallback = cb;
    this._handle.end(() => this._finish());
    return this;
  }

  // _finish is the end of an ended stream: its data is written and the pipe closed.
  _finish() {
    if (this.writableFinished || (this.destroyed && this._closed)) return;
    this.writableFinished = true;
    this.emit('finish');
    if (this._endCallback) this._endCallback();
    this._close();
  }

  // _childExited: the child is gone. An end whose writes are all done counts as
  // finished (its close raced with the exit), as in Node, where it is always first.
  _childExited() {
    if (this.writableEnded && this._pending === 0) this._finish();
    this.destroy();
  }

  _close() {
    if (this._closed) return;
    this._closed = true;
    this.destroyed = true;
    process.nextTick(() => this.emit('close'));
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.writable = false;
    if (this._handle) this._handle.destroy(0);
    this._closed = true;
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  unref() { return this; }
  ref() { return this; }
}

// ---- ChildProcess ----

function getValidStdio(stdio) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore': case 'pipe': case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      case 'overlapped':
        stdio = ['pipe', 'pipe', 'pipe'];
        break;
      default:
        throw ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const std = [process.stdin, process.stdout, process.stderr];
  const out = [];
  for (let i = 0; i < 3; i++) {
    const s = stdio[i];
    if (s == null || s === 'pipe' || s === 'overlapped') out.push('pipe');
    else if (s === 'ignore') out.push('ignore');
    else if (s === 'inherit' || s === i || (s !== undefined && s === std[i])) out.push('inherit');
    else if (s === 'ipc') throw ERR_METHOD_NOT_IMPLEMENTED('ipc stdio');
    else throw ERR_INVALID_ARG_VALUE('stdio', s);
  }
  return out;
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  for (const stream of subprocess.stdio) {
    if (!stream || !stream.readable || stream._iterating || typeof stream.resume !== 'function') continue;
    stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio || 'pipe');
    if (options.envPairs === undefined) options.envPairs = envPairsOf(process.env);
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else this.spawnargs = options.args;
    const result = binding.spawn({
      file: options.file,
      args: this.spawnargs,
      cwd: options.cwd,
      envPairs: options.envPairs,
      stdio,
      detached: !!options.detached,
      shellCommand: options.shellCommand,
      onEvent: (type, a, b) => this._onEvent(type, a, b),
    });
    if (typeof result === 'number') {
      const err = result;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
        this.stdin = stdio[0] === 'pipe' ? new ChildWritable(null) : null;
        this.stdout = stdio[1] === 'pipe' ? new ChildReadable(null, 1) : null;
        this.stderr = stdio[2] === 'pipe' ? new ChildReadable(null, 2) : null;
        this.stdio = [this.stdin, this.stdout, this.stderr];
        process.nextTick(() => this._onExit(err, null));
        return err;
      }
      throw errnoException(err, 'spawn');
    }
    this._handle = result;
    this.pid = result.pid;
    this.stdin = stdio[0] === 'pipe' ? new ChildWritable(result) : null;
    this.stdout = stdio[1] === 'pipe' ? new ChildReadable(result, 1) : null;
    this.stderr = stdio[2] === 'pipe' ? new ChildReadable(result, 2) : null;
    this.stdio = [this.stdin, this.stdout, this.stderr];
    for (const s of [this.stdout, this.stderr]) {
      if (s) {
        this._closesNeeded++;
        s.on('close', () => maybeClose(this));
      }
    }
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onEvent(type, a, b) {
    switch (type) {
      case 'data': {
        const s = this.stdio[a];
        if (s) s._push(b);
        break;
      }
      case 'end': {
        const s = this.stdio[a];
        if (s) s._pushEnd();
        break;
      }
      case 'exit':
        this._onExit(a, b);
        break;
    }
  }

  _onExit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) {
      if (typeof this.stdin._childExited === 'function') this.stdin._childExited();
      else this.stdin.destroy();
    }
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  ref() { if (this._handle) this._handle.ref(); }
  unref() { if (this._handle) this._handle.unref(); }

  disconnect() {}
}

function envPairsOf(env) {
  const pairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      pairs.push(`${key}=${value}`);
    }
  }
  return pairs;
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  let cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd === 'object' && cwd.href && cwd.protocol === 'file:') cwd = decodeURIComponent(cwd.pathname);
    if (typeof cwd !== 'string') throw ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
    validateArgumentNullCheck(cwd, 'options.cwd');
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  let shellCommand;
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
    shellCommand = command;
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);
  const env = options.env || process.env;
  return { ...options, args, cwd, detached: !!options.detached, envPairs: envPairsOf(env), file, shellCommand };
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try { child.kill(killSignal); } catch (err) { child.emit('error', err); }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    if (signal.aborted) {
      process.nextTick(() => abortChildProcess(child, killSignal, signal.reason));
    } else {
      const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { file, args, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

const customPromiseExecFunction = (orig) => (...args) => {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.child = orig(...args, (err, stdout, stderr) => {
    if (err !== null) {
      err.stdout = stdout;
      err.stderr = stderr;
      reject(err);
    } else {
      resolve({ stdout, stderr });
    }
  });
  return promise;
};

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(exec) });

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, shell: options.shell, signal: options.signal, argv0: options.argv0,
  });

  let encoding;
  const _stdout = [];
  const _stderr = [];
  if (options.encoding !== 'buffer' && options.encoding && binding.normalizeEncoding(String(options.encoding))) {
    encoding = options.encoding;
  } else {
    encoding = null;
  }
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    let stdout;
    let stderr;
    if (encoding || (child.stdout && child.stdout.readableEncoding)) stdout = _stdout.join('');
    else stdout = Buffer.concat(_stdout);
    if (encoding || (child.stderr && child.stderr.readableEncoding)) stderr = _stderr.join('');
    else stderr = Buffer.concat(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? binding.errname(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  const collect = (stream, chunks, name, getLen, setLen) => {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const enc = stream.readableEncoding;
      const length = enc ? binding.byteLength(chunk, enc) : chunk.length;
      const total = getLen() + length;
      setLen(total);
      if (total > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - (total - length);
        chunks.push(enc ? chunk.slice(0, truncatedLen) : chunk.subarray(0, truncatedLen));
        ex = ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  };
  if (child.stdout) collect(child.stdout, _stdout, 'stdout', () => stdoutLen, (n) => { stdoutLen = n; });
  if (child.stderr) collect(child.stderr, _stderr, 'stderr', () => stderrLen, (n) => { stderrLen = n; });

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(execFile) });

function spawnSyncInternal(options) {
  const result = binding.spawnSync(options);
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (!result.output[i]) continue;
      result.output[i] = binding.decode(result.output[i], String(options.encoding));
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errnoException(result.error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe');
  if (options.input != null && typeof options.input !== 'string' && !isArrayBufferView(options.input)) {
    throw ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], options.input);
  }
  return spawnSyncInternal(options);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file, ...args];
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function fork() {
  throw ERR_METHOD_NOT_IMPLEMENTED('fork()');
}

module.exports = {
  ChildProcess,
  _forkChild: fork,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
