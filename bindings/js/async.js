'use strict';
// jsloop:async — structured concurrency and flow control: TaskGroup, Semaphore, limit,
// Queue, withTimeout, sleep, retry, CircuitBreaker, WorkerPool. Everything takes AbortSignals and
// clears its timers and abort listeners when it settles, so a script exits by itself.
// Aborts reject with Node's AbortError (code ABORT_ERR, cause: signal.reason).

const {
  AbortError, makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateNumber, validateObject, validateFunction, validateAbortSignal, kResistStopPropagation,
} = require('internal/errors');
const { setTimeout, clearTimeout } = require('timers');
let Worker; // worker_threads' Worker, loaded with the first WorkerPool

const kEmpty = Object.freeze({ __proto__: null });
const kMaxDelay = 2 ** 31 - 1;
const listenOpts = { __proto__: null, once: true, [kResistStopPropagation]: true };
const noop = () => {};
const now = () => (typeof performance === 'object' ? performance.now() : Date.now());
const abortError = (signal) => new AbortError(undefined, { cause: signal.reason });
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;

// fnPromise calls f(...args) and returns a promise of its result (a throw rejects it).
function fnPromise(f, ...args) {
  try {
    return Promise.resolve(f(...args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// rejecting names f and makes it reject instead of throwing (an API returning a promise).
const rejecting = (name, f) => Object.defineProperty(function (...args) {
  try {
    return f.apply(this, args);
  } catch (err) {
    return Promise.reject(err);
  }
}, 'name', { value: name });

// onAbort calls fn once when signal aborts and returns the function that stops listening.
function onAbort(signal, fn) {
  if (!signal) return noop;
  signal.addEventListener('abort', fn, listenOpts);
  return () => signal.removeEventListener('abort', fn, listenOpts);
}

function validateOptions(options, name = 'options') {
  validateObject(options, name);
  validateAbortSignal(options.signal, `${name}.signal`);
  return options;
}

function validateDelay(v, name) {
  validateNumber(v, name, 0);
  if (v > kMaxDelay && v !== Infinity) throw ERR_OUT_OF_RANGE(name, `<= ${kMaxDelay} or Infinity`, v);
}

// validateCount accepts an integer >= min, or Infinity.
function validateCount(v, name, min) {
  if (typeof v !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', v);
  if (!(v === Infinity || (Number.isInteger(v) && v >= min))) {
    throw ERR_OUT_OF_RANGE(name, `an integer >= ${min} or Infinity`, v);
  }
}

const validateOptionalFunction = (v, name) => v === undefined || validateFunction(v, name);

// Fifo is a queue of waiter objects; remove() drops one from the middle in O(1).
class Fifo {
  #items = [];
  #head = 0;
  size = 0;

  push(x) {
    this.#items.push(x);
    this.size++;
    return x;
  }

  remove(x) {
    if (x.dead) return;
    x.dead = true;
    this.size--;
    const live = this.#items.length - this.#head;
    if (live > 32 && this.size * 2 < live) {
      this.#items = this.#items.filter((y, i) => i >= this.#head && !y.dead);
      this.#head = 0;
    }
  }

  shift() {
    const a = this.#items;
    while (this.#head < a.length) {
      const x = a[this.#head];
      a[this.#head++] = undefined;
      if (x.dead) continue;
      x.dead = true;
      this.size--;
      if (this.#head > 32 && this.#head * 2 > a.length) {
        this.#items = a.slice(this.#head);
        this.#head = 0;
      }
      return x;
    }
    this.#items = [];
    this.#head = 0;
    return undefined;
  }
}

// sleep resolves after ms milliseconds; an abort rejects it and clears the timer.
const sleep = rejecting('sleep', (ms, options = kEmpty) => {
  validateDelay(ms, 'ms');
  const { signal } = validateOptions(options);
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let off = noop;
    const timer = ms === Infinity ? undefined : setTimeout(() => {
      off();
      resolve();
    }, ms);
    off = onAbort(signal, () => {
      clearTimeout(timer);
      reject(abortError(signal));
    });
  });
});

// withTimeout settles as work does, or rejects with a TimeoutError DOMException after ms.
// A function is called with { signal } that aborts (reason: that TimeoutError) on time-out
// or with the outer signal's reason.
const withTimeout = rejecting('withTimeout', (work, ms, options = kEmpty) => {
  validateDelay(ms, 'ms');
  const { signal } = validateOptions(options);
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const ac = typeof work === 'function' ? new AbortController() : undefined;
  return new Promise((resolve, reject) => {
    let timer, off = noop;
    const finish = (settle, v) => {
      clearTimeout(timer);
      off();
      settle(v);
    };
    if (ms !== Infinity) {
      timer = setTimeout(() => {
        const err = new DOMException(`The operation was aborted due to timeout after ${ms} ms`, 'TimeoutError');
        off();
        ac?.abort(err);
        reject(err);
      }, ms);
    }
    off = onAbort(signal, () => {
      clearTimeout(timer);
      ac?.abort(signal.reason);
      reject(abortError(signal));
    });
    (ac ? fnPromise(work, { signal: ac.signal }) : Promise.resolve(work))
      .then((v) => finish(resolve, v), (e) => finish(reject, e));
  });
});

// retry calls fn(attempt, { signal }) (attempt counts from 0) until it fulfils. After
// attempt a fails it waits min(maxDelay, minDelay * factor ** a) ms, times
// (1 - jitter * Math.random()) when jitter > 0, rounded to whole ms. It gives up with the
// last error (all of them, in order, in its non-enumerable `errors` property) after
// `retries` retries or when retryIf(err, attempt) returns false.
const retry = rejecting('retry', (fn, options = kEmpty) => {
  validateFunction(fn, 'fn');
  const {
    retries = 3, minDelay = 100, maxDelay = Infinity, factor = 2, jitter = 0, signal, retryIf, onRetry,
  } = validateOptions(options);
  validateCount(retries, 'options.retries', 0);
  validateNumber(minDelay, 'options.minDelay', 0);
  validateNumber(maxDelay, 'options.maxDelay', 0);
  validateNumber(factor, 'options.factor', 1);
  validateNumber(jitter, 'options.jitter', 0, 1);
  validateOptionalFunction(retryIf, 'options.retryIf');
  validateOptionalFunction(onRetry, 'options.onRetry');
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const ctx = { signal: signal ?? new AbortController().signal };
  const errors = [];
  return new Promise((resolve, reject) => {
    let timer, done = false;
    const off = onAbort(signal, () => {
      done = true;
      clearTimeout(timer);
      reject(abortError(signal));
    });
    const finish = (settle, v) => {
      if (done) return;
      done = true;
      off();
      settle(v);
    };
    const giveUp = (err) => {
      if (err !== null && typeof err === 'object' && Object.isExtensible(err) && !Object.hasOwn(err, 'errors')) {
        Object.defineProperty(err, 'errors', { value: errors, writable: true, configurable: true });
      }
      finish(reject, err);
    };
    const run = (attempt) => fnPromise(fn, attempt, ctx).then((v) => finish(resolve, v), (err) => {
      if (done) return;
      errors.push(err);
      try {
        if (attempt >= retries || (retryIf && !retryIf(err, attempt))) return giveUp(err);
        let delay = minDelay === 0 ? 0 : Math.min(maxDelay, minDelay * factor ** attempt);
        if (jitter > 0) delay *= 1 - jitter * Math.random();
        delay = Math.min(kMaxDelay, Math.round(delay));
        if (onRetry) onRetry(err, attempt, delay);
        if (!done) timer = setTimeout(run, delay, attempt + 1);
      } catch (e) {
        finish(reject, e);
      }
    });
    run(0);
  });
});

// Semaphore hands out `permits` permits in FIFO order: a released permit goes straight to
// the longest waiter. acquire() resolves to a release function (idempotent).
class Semaphore {
  #permits;
  #queue = new Fifo();

  constructor(permits) {
    validateCount(permits, 'permits', 0);
    this.#permits = permits;
  }

  get available() { return this.#permits; }
  get waiting() { return this.#queue.size; }

  #releaser() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }

  tryAcquire() {
    if (this.#permits <= 0) return undefined;
    this.#permits--;
    return this.#releaser();
  }

  acquire(options = kEmpty) {
    try {
      validateOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.#permits > 0) {
      this.#permits--;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const w = this.#queue.push({ resolve, off: noop });
      w.off = onAbort(signal, () => {
        this.#queue.remove(w);
        reject(abortError(signal));
      });
    });
  }

  release() {
    const w = this.#queue.shift();
    if (!w) {
      this.#permits++;
      return;
    }
    w.off();
    w.resolve(this.#releaser());
  }

  async with(fn, options) {
    validateFunction(fn, 'fn');
    const release = await this.acquire(options);
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

class QueueFullError extends Error {
  constructor(maxPending) {
    super(`The queue is full (maxPending: ${maxPending})`);
    this.code = 'ERR_QUEUE_FULL';
  }
}

// Queue runs added functions, at most `concurrency` at once, in FIFO order. add() rejects
// with QueueFullError when maxPending tasks already wait. size: waiting; pending: running.
class Queue {
  #concurrency;
  #maxPending;
  #waiting = new Fifo();
  #running = 0;
  #idle = [];

  constructor(options = kEmpty) {
    validateObject(options, 'options');
    const { concurrency = 1, maxPending = Infinity } = options;
    validateCount(concurrency, 'options.concurrency', 1);
    validateCount(maxPending, 'options.maxPending', 0);
    this.#concurrency = concurrency;
    this.#maxPending = maxPending;
  }

  get concurrency() { return this.#concurrency; }
  get size() { return this.#waiting.size; }
  get pending() { return this.#running; }

  add(fn, options = kEmpty) {
    try {
      validateFunction(fn, 'fn');
      validateOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.#running < this.#concurrency) return new Promise((resolve, reject) => this.#run(fn, signal, { resolve, reject }));
    if (this.#waiting.size >= this.#maxPending) return Promise.reject(new QueueFullError(this.#maxPending));
    return new Promise((resolve, reject) => {
      const job = this.#waiting.push({ fn, signal, resolve, reject, off: noop });
      job.off = onAbort(signal, () => {
        this.#waiting.remove(job);
        reject(abortError(signal));
        this.#checkIdle();
      });
    });
  }

  // #run starts fn; its add() promise settles before the next job starts (and before
  // onIdle resolves).
  #run(fn, signal, job) {
    this.#running++;
    const next = (settle, v) => {
      settle(v);
      this.#running--;
      this.#next();
    };
    fnPromise(fn, { signal }).then((v) => next(job.resolve, v), (e) => next(job.reject, e));
  }

  #next() {
    while (this.#running < this.#concurrency) {
      const job = this.#waiting.shift();
      if (!job) break;
      job.off();
      this.#run(job.fn, job.signal, job);
    }
    this.#checkIdle();
  }

  #checkIdle() {
    if (this.#running > 0 || this.#waiting.size > 0 || this.#idle.length === 0) return;
    const idle = this.#idle;
    this.#idle = [];
    idle.forEach((f) => f());
  }

  onIdle() {
    if (this.#running === 0 && this.#waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  // clear rejects every waiting task with an AbortError; running tasks go on.
  clear() {
    for (let job; (job = this.#waiting.shift());) {
      job.off();
      job.reject(new AbortError('The queue was cleared'));
    }
    this.#checkIdle();
  }
}

// limit(n) is the p-limit idiom: run(fn, ...args) calls fn(...args) with at most n running.
function limit(concurrency) {
  const q = new Queue({ concurrency });
  const run = rejecting('limited', (fn, ...args) => {
    validateFunction(fn, 'fn');
    return q.add(() => fn(...args));
  });
  return Object.defineProperties(run, {
    activeCount: { get: () => q.pending },
    pendingCount: { get: () => q.size },
    concurrency: { value: concurrency },
    clearQueue: { value: () => q.clear() },
  });
}

const kToken = Symbol('TaskGroup');

// TaskGroup is Python 3.11's: TaskGroup.run(body) calls body(tg); tg.spawn(fn) calls
// fn({ signal }). The first failure (of a child or the body) aborts tg.signal with an
// AbortError whose cause is that failure; the group waits for every child, then rejects
// with an AggregateError of the failures in the order they happened (rejections that are
// AbortErrors or the signal's reason, once the signal is aborted, are cancellations and
// left out), or fulfils with the body's result.
class TaskGroup {
  #ac = new AbortController();
  #running = 0;
  #errors = [];
  #bodyDone = false;
  #closed = false;
  #onDone = noop;

  constructor(token) {
    if (token !== kToken) throw makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor: use TaskGroup.run()');
  }

  get signal() { return this.#ac.signal; }
  get size() { return this.#running; }

  // spawn starts fn({ signal }) now and returns a promise of its result (already handled,
  // so a failure is reported once, by the group).
  spawn(fn) {
    validateFunction(fn, 'fn');
    if (this.#closed) throw makeError(Error, 'ERR_TASK_GROUP_CLOSED', 'Cannot spawn a task: the TaskGroup has finished');
    const { signal } = this.#ac;
    if (signal.aborted) throw new AbortError('Cannot spawn a task: the TaskGroup is shutting down', { cause: signal.reason });
    this.#running++;
    const p = fnPromise(fn, { signal });
    const settled = () => {
      this.#running--;
      this.#check();
    };
    p.then(settled, (err) => {
      this.#fail(err);
      settled();
    });
    return p;
  }

  #fail(err) {
    const { signal } = this.#ac;
    if (signal.aborted && (err === signal.reason || err?.name === 'AbortError')) return;
    if (this.#errors.includes(err)) return; // the same error rethrown by an awaiting task
    this.#errors.push(err);
    if (!signal.aborted) this.#ac.abort(new AbortError('A task of the TaskGroup failed', { cause: err }));
  }

  #check() {
    if (!this.#bodyDone || this.#running > 0 || this.#closed) return;
    this.#closed = true;
    this.#onDone();
  }

  #start(body, outer) {
    return new Promise((resolve, reject) => {
      let result, cancelled = false;
      const off = onAbort(outer, () => {
        if (this.#ac.signal.aborted) return;
        cancelled = true;
        this.#ac.abort(outer.reason);
      });
      this.#onDone = () => {
        off();
        const n = this.#errors.length;
        if (n > 0) reject(new AggregateError(this.#errors, `TaskGroup failed with ${plural(n, 'error')}`));
        else if (cancelled) reject(abortError(outer));
        else resolve(result);
      };
      fnPromise(body, this).then((v) => { result = v; }, (err) => this.#fail(err)).then(() => {
        this.#bodyDone = true;
        this.#check();
      });
    });
  }

  static run(body, options = kEmpty) {
    try {
      validateFunction(body, 'fn');
      validateOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    if (options.signal?.aborted) return Promise.reject(abortError(options.signal));
    return new TaskGroup(kToken).#start(body, options.signal);
  }
}

class CircuitOpenError extends Error {
  constructor(state) {
    super(state === 'open' ? 'The circuit is open' : 'The circuit is half-open and its trial calls are all in flight');
    this.code = 'ERR_CIRCUIT_OPEN';
  }
}

for (const C of [QueueFullError, CircuitOpenError]) {
  Object.defineProperty(C.prototype, 'name', { value: C.name, writable: true, configurable: true });
}

// CircuitBreaker guards fn. Closed: calls go through; failureThreshold consecutive
// failures open it. Open: calls reject with CircuitOpenError until resetTimeout ms have
// passed (checked on the next call or read of state: no timer), then half-open: up to
// halfOpenMax trial calls at once; the first to settle closes (success) or reopens it.
// Errors for which isFailure(err) is false count as successes. onStateChange(to, from).
class CircuitBreaker {
  #fn;
  #threshold;
  #resetTimeout;
  #halfOpenMax;
  #onStateChange;
  #isFailure;
  #state = 'closed';
  #failures = 0;
  #openedAt = 0;
  #trials = 0;
  #epoch = 0;

  constructor(fn, options = kEmpty) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    const { failureThreshold = 5, resetTimeout = 30000, halfOpenMax = 1, onStateChange, isFailure } = options;
    validateCount(failureThreshold, 'options.failureThreshold', 1);
    validateNumber(resetTimeout, 'options.resetTimeout', 0);
    validateCount(halfOpenMax, 'options.halfOpenMax', 1);
    validateOptionalFunction(onStateChange, 'options.onStateChange');
    validateOptionalFunction(isFailure, 'options.isFailure');
    this.#fn = fn;
    this.#threshold = failureThreshold;
    this.#resetTimeout = resetTimeout;
    this.#halfOpenMax = halfOpenMax;
    this.#onStateChange = onStateChange;
    this.#isFailure = isFailure;
  }

  get state() {
    this.#tick();
    return this.#state;
  }

  get failures() { return this.#failures; }

  #tick() {
    if (this.#state === 'open' && now() - this.#openedAt >= this.#resetTimeout) this.#to('half-open');
  }

  #to(state) {
    const from = this.#state;
    if (from === state) return;
    this.#state = state;
    this.#epoch++;
    this.#trials = 0;
    this.#failures = 0;
    if (state === 'open') this.#openedAt = now();
    if (this.#onStateChange) {
      try {
        this.#onStateChange(state, from);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  #record(epoch, ok, err) {
    if (epoch !== this.#epoch) return; // the state changed while the call ran
    if (!ok && this.#isFailure) {
      try {
        ok = !this.#isFailure(err);
      } catch {
        ok = false;
      }
    }
    if (this.#state === 'half-open') this.#to(ok ? 'closed' : 'open');
    else if (ok) this.#failures = 0;
    else if (++this.#failures >= this.#threshold) this.#to('open');
  }

  call(...args) {
    this.#tick();
    const state = this.#state;
    if (state === 'open' || (state === 'half-open' && this.#trials >= this.#halfOpenMax)) {
      return Promise.reject(new CircuitOpenError(state));
    }
    if (state === 'half-open') this.#trials++;
    const epoch = this.#epoch;
    return fnPromise(this.#fn, ...args).then((v) => {
      this.#record(epoch, true);
      return v;
    }, (err) => {
      this.#record(epoch, false, err);
      throw err;
    });
  }

  reset() {
    this.#to('closed');
    this.#failures = 0;
  }
}

// WorkerPool runs tasks on a fixed number of workers, each a loop on its own goroutine
// (worker_threads). The protocol: the worker script listens on parentPort and answers
// each message with exactly one postMessage, the task's result; a throw (or unhandled
// rejection) in the worker rejects that task's run() with the error, and the worker is
// replaced. Tasks wait in a FIFO queue while every worker is busy; an abort removes a
// queued task, or terminates (and replaces) the worker running it. Idle workers are
// unref'd, so the pool never keeps the process alive by itself.
const kTask = Symbol('kTask');

function poolError(code, message) {
  return makeError(Error, code, message);
}

class WorkerPool {
  #filename;
  #size;
  #workerOptions;
  #queue = new Fifo();
  #idle = [];
  #workers = new Set();
  #closing = null; // the promise close() returned
  #destroyed = false;
  #drained = null; // resolves when the queue is empty and no task runs

  constructor(filename, options = kEmpty) {
    validateObject(options, 'options');
    const { size = require('internal/worker').cpus, workerData, env, argv, name } = options;
    validateCount(size, 'options.size', 1);
    if (size === Infinity) throw ERR_OUT_OF_RANGE('options.size', 'a finite integer >= 1', size);
    // Checked now, as new Worker() checks it, rather than when the first task starts one.
    if (typeof filename !== 'string' && !(filename !== null && typeof filename === 'object' && typeof filename.href === 'string')) {
      throw ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    // Resolved now, against the working directory, as new Worker() would.
    this.#filename = typeof filename === 'string' && /^\.\.?[\\/]/.test(filename)
      ? require('path').resolve(filename) : filename;
    this.#size = size;
    this.#workerOptions = { workerData, env, argv, name };
  }

  get size() { return this.#size; }
  get pending() { return this.#queue.size; }
  get running() { let n = 0; for (const w of this.#workers) if (w[kTask]) n++; return n; }

  // run sends data to a free worker and resolves with its answer.
  run(data, options = kEmpty) {
    try {
      validateOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal, transferList } = options;
    if (this.#closing || this.#destroyed) {
      return Promise.reject(poolError('ERR_WORKER_POOL_CLOSED', 'The WorkerPool is closed'));
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const task = { data, transferList, resolve, reject, signal, stop: noop, worker: null };
      task.stop = onAbort(signal, () => this.#abort(task));
      this.#queue.push(task);
      this.#pump();
    });
  }

  #settle(task, ok, value) {
    task.stop();
    if (ok) task.resolve(value); else task.reject(value);
  }

  #abort(task) {
    const err = abortError(task.signal);
    if (task.worker) {
      const w = task.worker;
      w[kTask] = null;
      this.#retire(w);
      w.terminate();
    } else {
      this.#queue.remove(task);
    }
    this.#settle(task, false, err);
    this.#pump();
  }

  #pump() {
    while (this.#queue.size > 0 && !this.#destroyed) {
      let w = this.#idle.pop();
      if (!w) {
        if (this.#workers.size >= this.#size) break;
        w = this.#spawn();
      }
      this.#assign(w, this.#queue.shift());
    }
    if (this.#queue.size === 0 && this.running === 0 && this.#drained) this.#drained();
  }

  #spawn() {
    Worker ??= require('worker_threads').Worker;
    const w = new Worker(this.#filename, this.#workerOptions);
    w[kTask] = null;
    this.#workers.add(w);
    w.on('message', (value) => {
      const task = w[kTask];
      if (!task) return; // an answer nobody asked for
      w[kTask] = null;
      task.worker = null;
      w.unref();
      this.#idle.push(w);
      this.#settle(task, true, value);
      this.#pump();
    });
    w.on('error', (err) => this.#failed(w, err));
    w.on('exit', (code) => {
      this.#failed(w, poolError('ERR_WORKER_EXITED', `The worker exited with code ${code} while running a task`));
    });
    return w;
  }

  // failed takes a dead worker out of the pool, rejecting its task if it had one.
  #failed(w, err) {
    const task = w[kTask];
    w[kTask] = null;
    this.#retire(w);
    if (task) {
      task.worker = null;
      this.#settle(task, false, err);
    }
    this.#pump();
  }

  #retire(w) {
    this.#workers.delete(w);
    const i = this.#idle.indexOf(w);
    if (i >= 0) this.#idle.splice(i, 1);
  }

  #assign(w, task) {
    w[kTask] = task;
    task.worker = w;
    w.ref();
    try {
      w.postMessage(task.data, task.transferList);
    } catch (err) { // DataCloneError: the worker stays free
      w[kTask] = null;
      task.worker = null;
      w.unref();
      this.#idle.push(w);
      this.#settle(task, false, err);
    }
  }

  // close lets the queued and running tasks finish, refuses new ones, then ends the
  // workers; it resolves when they have exited.
  close() {
    if (this.#closing) return this.#closing;
    const drained = new Promise((resolve) => { this.#drained = resolve; });
    this.#pump();
    this.#closing = drained.then(() => this.#terminateAll());
    return this.#closing;
  }

  // destroy ends the workers now; queued and running tasks reject.
  destroy() {
    if (this.#destroyed) return Promise.resolve();
    this.#destroyed = true;
    this.#closing ??= Promise.resolve();
    this.#drained?.();
    const err = poolError('ERR_WORKER_POOL_DESTROYED', 'The WorkerPool was destroyed');
    for (let task = this.#queue.shift(); task; task = this.#queue.shift()) this.#settle(task, false, err);
    for (const w of this.#workers) {
      const task = w[kTask];
      w[kTask] = null;
      if (task) this.#settle(task, false, err);
    }
    return this.#terminateAll();
  }

  #terminateAll() {
    const all = [...this.#workers];
    this.#workers.clear();
    this.#idle.length = 0;
    // ref'd again: the caller awaits their exits, which an idle (unref'd) worker's
    // would not keep the process alive for.
    return Promise.all(all.map((w) => { w.ref(); return w.terminate(); })).then(noop);
  }
}

module.exports = {
  TaskGroup, Semaphore, limit, Queue, QueueFullError, CircuitBreaker, CircuitOpenError,
  withTimeout, sleep, retry, AbortError, WorkerPool,
};
