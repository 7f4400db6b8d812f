// Type declarations for jsloop's built-in module 'jsloop:async' (bindings/js/async.js):
// structured concurrency and flow control. Every API takes an AbortSignal; an abort
// rejects with AbortError (code 'ABORT_ERR', cause: signal.reason). Every API clears its
// timers and abort listeners when it settles, so a script using them exits by itself.

declare module 'jsloop:async' {
  interface SignalOptions {
    signal?: AbortSignal | undefined;
  }

  /** What a child task, an attempt or a timed function receives. */
  interface TaskContext {
    signal: AbortSignal;
  }

  /** Node's AbortError: name 'AbortError', code 'ABORT_ERR'. */
  class AbortError extends Error {
    constructor(message?: string, options?: { cause?: unknown });
    readonly code: 'ABORT_ERR';
  }

  /**
   * Structured concurrency (Python 3.11's asyncio.TaskGroup). `TaskGroup.run(body)` calls
   * `body(tg)`; `tg.spawn(fn)` starts `fn({ signal })` at once. The first failure of a
   * child or of the body aborts `tg.signal` (reason: an AbortError whose cause is that
   * failure) so that the siblings can stop. The group waits for every child, then
   * fulfils with the body's result or rejects with an AggregateError of the failures in
   * the order they happened. Once the signal is aborted, rejections that are AbortErrors
   * (by name) or the signal's reason itself count as cancellations and are left out; the
   * same error object is listed once. An outer `signal` aborting cancels the children
   * too (reason: the outer reason) and the group rejects with an AbortError (or the
   * AggregateError if tasks had failed).
   */
  class TaskGroup {
    private constructor();
    static run<T>(body: (tg: TaskGroup) => T | PromiseLike<T>, options?: SignalOptions): Promise<Awaited<T>>;
    /** Aborted on the first failure or when the outer signal aborts. */
    readonly signal: AbortSignal;
    /** Children still running. */
    readonly size: number;
    /**
     * Starts `fn({ signal })` and returns a promise of its result (marked handled: a
     * failure is reported by the group). Throws an Error with code
     * 'ERR_TASK_GROUP_CLOSED' once the group has settled, and an AbortError while the
     * group is shutting down (its signal aborted).
     */
    spawn<T>(fn: (ctx: TaskContext) => T | PromiseLike<T>): Promise<Awaited<T>>;
  }

  /**
   * A counting semaphore with FIFO fairness: a released permit goes straight to the
   * longest waiter, never to a later `acquire`. `release()` beyond the initial count
   * adds permits (like Python's Semaphore, not BoundedSemaphore).
   */
  class Semaphore {
    /** permits: an integer >= 0 or Infinity. */
    constructor(permits: number);
    readonly available: number;
    readonly waiting: number;
    /**
     * Resolves to a release function (calling it more than once releases once). An
     * aborted waiter leaves the queue and rejects with AbortError.
     */
    acquire(options?: SignalOptions): Promise<() => void>;
    /** A release function if a permit is free now, else undefined. */
    tryAcquire(): (() => void) | undefined;
    /** Gives one permit back (to the first waiter if any). */
    release(): void;
    /** Runs fn while holding a permit and releases it when fn settles. */
    with<T>(fn: () => T | PromiseLike<T>, options?: SignalOptions): Promise<Awaited<T>>;
  }

  interface LimitFunction {
    <A extends unknown[], T>(fn: (...args: A) => T | PromiseLike<T>, ...args: A): Promise<Awaited<T>>;
    /** Functions running. */
    readonly activeCount: number;
    /** Functions waiting to start. */
    readonly pendingCount: number;
    readonly concurrency: number;
    /** Rejects every waiting call with AbortError('The queue was cleared'). */
    clearQueue(): void;
  }

  /** The p-limit idiom: `const run = limit(2); await Promise.all(tasks.map((t) => run(t)))`. */
  function limit(concurrency: number): LimitFunction;

  interface QueueOptions {
    /** Tasks running at once (integer >= 1 or Infinity, default 1). */
    concurrency?: number;
    /** Tasks allowed to wait (integer >= 0 or Infinity, default Infinity). */
    maxPending?: number;
  }

  /** A work queue with load shedding: `add` starts fn now if a slot is free. */
  class Queue {
    constructor(options?: QueueOptions);
    readonly concurrency: number;
    /** Tasks waiting to start. */
    readonly size: number;
    /** Tasks running. */
    readonly pending: number;
    /**
     * A promise of fn's result. Rejects with QueueFullError when `maxPending` tasks
     * already wait; with AbortError when `signal` aborts before fn started (fn gets the
     * signal too, as `{ signal }`).
     */
    add<T>(fn: (ctx: { signal: AbortSignal | undefined }) => T | PromiseLike<T>, options?: SignalOptions): Promise<Awaited<T>>;
    /** Resolves when nothing runs and nothing waits. */
    onIdle(): Promise<void>;
    /** Rejects every waiting task with AbortError('The queue was cleared'); running ones go on. */
    clear(): void;
  }

  class QueueFullError extends Error {
    readonly name: 'QueueFullError';
    readonly code: 'ERR_QUEUE_FULL';
  }

  type CircuitState = 'closed' | 'open' | 'half-open';

  interface CircuitBreakerOptions {
    /** Consecutive failures that open the circuit (default 5). */
    failureThreshold?: number;
    /** Ms the circuit stays open before it lets a trial call through (default 30000). */
    resetTimeout?: number;
    /** Trial calls at once while half-open (default 1). */
    halfOpenMax?: number;
    onStateChange?: (to: CircuitState, from: CircuitState) => void;
    /** Errors for which this returns false count as successes (they still reject). */
    isFailure?: (err: unknown) => boolean;
  }

  /**
   * closed → (failureThreshold consecutive failures) → open → (resetTimeout ms, checked
   * on the next call or read of `state`: no timer) → half-open → the first trial call to
   * settle closes the circuit (success) or opens it again (failure).
   */
  class CircuitBreaker<A extends unknown[] = unknown[], T = unknown> {
    constructor(fn: (...args: A) => T | PromiseLike<T>, options?: CircuitBreakerOptions);
    readonly state: CircuitState;
    /** Consecutive failures counted while closed. */
    readonly failures: number;
    /** Calls fn(...args); rejects with CircuitOpenError while open (or half-open and full). */
    call(...args: A): Promise<Awaited<T>>;
    /** Closes the circuit. */
    reset(): void;
  }

  class CircuitOpenError extends Error {
    readonly name: 'CircuitOpenError';
    readonly code: 'ERR_CIRCUIT_OPEN';
  }

  /** Resolves after ms (>= 0; Infinity waits for the signal); aborting clears the timer. */
  function sleep(ms: number, options?: SignalOptions): Promise<void>;

  /**
   * Settles as `work` does, or rejects after ms with a DOMException named 'TimeoutError'
   * ('The operation was aborted due to timeout after <ms> ms'). A function is called with
   * `{ signal }`, aborted on time-out (reason: that TimeoutError) or when the outer
   * signal aborts. The timer is cleared as soon as the work settles.
   */
  function withTimeout<T>(work: ((ctx: TaskContext) => T | PromiseLike<T>) | PromiseLike<T> | T, ms: number,
    options?: SignalOptions): Promise<Awaited<T>>;

  interface RetryOptions extends SignalOptions {
    /** Retries after the first attempt (integer >= 0 or Infinity, default 3). */
    retries?: number;
    /** Delay after attempt 0 fails, in ms (default 100). */
    minDelay?: number;
    /** Cap of a delay (default Infinity). */
    maxDelay?: number;
    /** Growth of the delay per attempt (>= 1, default 2). */
    factor?: number;
    /** 0..1 (default 0): the delay is multiplied by (1 - jitter * Math.random()). */
    jitter?: number;
    /** Retry only while this returns true. */
    retryIf?: (err: unknown, attempt: number) => boolean;
    /** Called before each wait with the delay chosen. */
    onRetry?: (err: unknown, attempt: number, delay: number) => void;
  }

  /**
   * Calls fn(attempt, { signal }) (attempt from 0) until it fulfils. After attempt a
   * fails it waits round(min(maxDelay, minDelay * factor ** a) * (1 - jitter * random)) ms.
   * Gives up with the last error, which gets a non-enumerable `errors` array of every
   * attempt's error (when it is an extensible object without its own `errors`).
   */
  function retry<T>(fn: (attempt: number, ctx: TaskContext) => T | PromiseLike<T>, options?: RetryOptions): Promise<Awaited<T>>;

  interface WorkerPoolOptions {
    /** Number of workers (integer >= 1); the number of CPUs by default. */
    size?: number;
    /** Given to every worker as worker_threads' workerData (copied by structured clone). */
    workerData?: unknown;
    /** process.env of the workers (default: a copy of the parent's). */
    env?: Record<string, string>;
    /** Extra process.argv entries of the workers. */
    argv?: unknown[];
    /** A name for the workers. */
    name?: string;
  }

  interface RunOptions extends SignalOptions {
    /** ArrayBuffers (and MessagePorts) moved to the worker with the data. */
    transferList?: readonly (ArrayBuffer | object)[];
  }

  /**
   * Runs tasks on a fixed number of worker threads. The worker script answers each
   * message it gets on parentPort with exactly one postMessage: the task's result. A
   * throw (or unhandled rejection) in the worker rejects that run() with the error and
   * the worker is replaced. Tasks queue FIFO while every worker is busy. Idle workers do
   * not keep the process alive.
   */
  class WorkerPool<In = unknown, Out = unknown> {
    /** filename: an absolute path, a path starting with ./ or ../, or a file: URL. */
    constructor(filename: string | URL, options?: WorkerPoolOptions);
    /** The number of workers the pool runs at most. */
    readonly size: number;
    /** Tasks waiting for a worker. */
    readonly pending: number;
    /** Tasks running now. */
    readonly running: number;
    /**
     * Sends data (structured clone) to a free worker and resolves with its answer.
     * Aborting removes a queued task, or terminates and replaces the worker running it;
     * either way the promise rejects with an AbortError. Rejects with code
     * 'ERR_WORKER_POOL_CLOSED' after close() or destroy(), 'ERR_WORKER_EXITED' when the
     * worker exits while running it.
     */
    run(data: In, options?: RunOptions): Promise<Out>;
    /** Refuses new tasks, lets queued and running ones finish, then ends the workers. */
    close(): Promise<void>;
    /** Ends the workers now; queued and running tasks reject with code 'ERR_WORKER_POOL_DESTROYED'. */
    destroy(): Promise<void>;
  }
}
