// Package eventloop is jsloop's event loop: one goroutine owns a goja.Runtime and runs
// JavaScript callbacks from its queues in exactly the order Node.js v20 does.
//
// Run drives the loop. Each iteration, like libuv's uv_run, runs these phases in order:
//
//  1. timers: read the clock once, then run every due setTimeout/setInterval callback,
//     one per-delay list at a time (see timers.go for why lists, not a single heap);
//  2. completions: run the functions other goroutines posted with Submit;
//  3. poll: block until the next timer is due or a Submit arrives (not at all when
//     immediates are waiting);
//  4. check: run the immediates queued before this phase began;
//  5. close: run close callbacks.
//
// As in libuv, where the timers run at the end of an iteration, the loop asks whether
// it is still alive after each timers phase that follows a poll: when the timers left
// only unref'd work, the run ends there, before the check phase.
//
// After every single callback — the main script, each timer, each immediate, each
// completion — the loop drains: the whole process.nextTick queue, then the whole
// promise job queue, again while either is non-empty; then it reports unhandled
// rejections. When nothing ref'd is left (timers, immediates, Go work held with Ref or
// Hold, pending completions) the loop calls the BeforeExit hook, and stops for good when
// that queued nothing. An uncaught error a hook reports as handled queues an empty
// immediate, as Node does, so the loop lives one more iteration.
//
// Ownership: a Loop and its runtime belong to the goroutine that calls Run. Methods say
// "Safe for concurrent use." when any goroutine may call them; all others must be called
// on the loop goroutine (from inside a callback or a submitted function).
package eventloop
