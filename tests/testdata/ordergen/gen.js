#!/usr/bin/env node
// Random program generator for differential tests of jsloop's event-loop ordering
// against Node v20. `node gen.js SEED` prints one program; the same seed always
// gives the same program.
//
// Each program mixes process.nextTick, queueMicrotask, promise chains, async
// functions, new Promise, setTimeout/setInterval/setImmediate (and their clear
// functions), timers/promises, unref'd timers, throws with an uncaughtException
// listener, unhandled rejections with an unhandledRejection listener, and
// beforeExit/exit listeners, nested up to three callbacks deep. Every callback
// logs a unique label.
//
// The generator avoids Node's known races by construction, and filter.js drops
// whatever race is left (programs whose output varies between node runs):
//   - Timers other than 0/1 ms land on a global grid of "slots" SLOT ms apart,
//     each slot used once, so no two timers created at different times are due
//     at close times. The delay is the slot minus the creator's slot.
//   - 0/1 ms timers and setImmediate never compete from the main module, the
//     beforeExit listener or an immediate: each slot's cascade of callbacks has a
//     mode, 'zero' (0/1 ms timers allowed; immediates only from timer callbacks,
//     where setImmediate always runs before setTimeout(0)) or 'imm' (immediates
//     anywhere, no 0/1 ms timers).
'use strict';

const seed = Number(process.argv[2] ?? 1) >>> 0;

// mulberry32: small, fast, deterministic PRNG.
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32((Math.imul(seed, 2654435761) ^ 0x9e3779b9) >>> 0);
const int = (n) => Math.floor(rnd() * n);
const pick = (arr) => arr[int(arr.length)];
const chance = (p) => rnd() < p;

const SLOT = 50; // ms between two slots
const MAX_SLOT = 11; // slots 1..MAX_SLOT are usable
const MAX_DEPTH = 3;

let labelN = 0;
const label = () => `L${++labelN}`;
let varN = 0;
const vname = (p) => `${p}${++varN}`;

// Slot 1 stays free: the main module's drain (module loading, first compiles) is
// the slowest part of a run and may stall for tens of ms on a loaded machine.
const usedSlots = new Set([1]);
let maxRefSlot = 0; // latest slot that keeps the process alive

// freshSlots reserves `count` slots after slot `from`, `step` slots apart, and
// returns the first one, or 0 if the grid is full.
function freshSlots(from, count = 1, step = 1, ref = true) {
  const cands = [];
  for (let s = from + 1; s + (count - 1) * step <= MAX_SLOT; s++) {
    let ok = true;
    for (let i = 0; i < count; i++) if (usedSlots.has(s + i * step)) ok = false;
    if (ok) cands.push(s);
    if (cands.length >= 4) break;
  }
  if (cands.length === 0) return 0;
  const s = pick(cands);
  for (let i = 0; i < count; i++) usedSlots.add(s + i * step);
  if (ref) maxRefSlot = Math.max(maxRefSlot, s + (count - 1) * step);
  return s;
}

// Context of generated code: where it runs.
//   kind: 'main' | 'timer' | 'immediate' (microtasks inherit their macrotask's kind)
//   slot: the slot of the cascade it belongs to
//   mode: 'zero' | 'imm' (see the header)
//   cascade: shared by the callbacks of one slot; a 'zero' cascade holds at most
//     one 0/1 ms timer, since two created in different milliseconds may or may not
//     share a timers phase.
function ctxFor(kind, slot, mode, cascade = { zeroUsed: false }) {
  return {
    kind,
    slot,
    mode,
    cascade,
    get allowZero() {
      return mode === 'zero' && (kind === 'timer' || kind === 'main') && !cascade.zeroUsed;
    },
    allowImm: mode === 'imm' || (mode === 'zero' && kind === 'timer'),
  };
}
const sameCascade = (kind, ctx) => ctxFor(kind, ctx.slot, ctx.mode, ctx.cascade);
const newMode = () => (chance(0.5) ? 'zero' : 'imm');

const flags = {
  uncaught: chance(0.8), // has an uncaughtException listener
  unhandled: chance(0.7), // has an unhandledRejection listener
};

const ind = (lines, n = 1) => lines.map((l) => '  '.repeat(n) + l);
const val = () => pick([1, 2, 3, 5, 8, 13, 21, 34, "'a'", "'b'", "'c'"]);

// children generates the statements inside a callback at depth d.
function children(ctx, d) {
  if (d >= MAX_DEPTH) return [];
  const n = int(MAX_DEPTH - d + 1);
  const out = [];
  for (let i = 0; i < n; i++) out.push(...stmt(ctx, d + 1));
  return out;
}

// throwOK tells whether a callback running in ctx may throw. After an
// 'uncaughtException' listener handles a throw, Node runs the ticks and
// microtasks the callback queued only after the next callback, so a 0/1 ms timer
// that may or may not be due by then makes the order racy: throws stay out of
// 'zero' cascades.
const throwOK = (ctx) => ctx.mode === 'imm' || !flags.uncaught;
// rejectOK tells whether code in ctx may leave a rejection unhandled: with no
// 'unhandledRejection' listener it becomes an uncaught exception.
const rejectOK = (ctx) => flags.unhandled || throwOK(ctx);

// maybeThrow ends a callback running in ctx with a throw now and then.
function maybeThrow(lbl, ctx) {
  return throwOK(ctx) && chance(0.08) ? [`throw new Error('${lbl}-throw');`] : [];
}

// timerDelay picks a delay for a timer created in ctx: a 0/1 ms one or a fresh
// slot. It returns { delay, slot } or null when nothing fits.
function timerDelay(ctx, { allowZero = true, ref = true } = {}) {
  if (allowZero && ctx.allowZero && chance(0.5)) {
    ctx.cascade.zeroUsed = true;
    return { delay: pick(['0', '1', '0', '']), slot: ctx.slot, zero: true };
  }
  const s = freshSlots(ctx.slot, 1, 1, ref);
  if (!s) return null;
  return { delay: String((s - ctx.slot) * SLOT), slot: s, zero: false };
}

function timerCtx(t, ctx) {
  return t.zero ? sameCascade('timer', ctx) : ctxFor('timer', t.slot, newMode());
}

function withDelay(t) {
  return t.delay === '' ? '' : `, ${t.delay}`;
}

const gens = {
  nextTick(ctx, d) {
    const l = label();
    const args = pick([[], ["'x'"], ["'x'", 7]]);
    const params = args.map((_, i) => `a${i}`);
    return [
      `process.nextTick((${params.join(', ')}) => {`,
      ...ind([`console.log('${l}'${params.map((p) => ', ' + p).join('')});`, ...children(ctx, d), ...maybeThrow(l, ctx)]),
      `}${args.map((a) => ', ' + a).join('')});`,
    ];
  },
  queueMicrotask(ctx, d) {
    const l = label();
    return [
      `queueMicrotask(() => {`,
      ...ind([`console.log('${l}');`, ...children(ctx, d), ...maybeThrow(l, ctx)]),
      `});`,
    ];
  },
  resolvedThen(ctx, d) {
    const l = label();
    return [
      `Promise.resolve(${val()}).then((v) => {`,
      ...ind([`console.log('${l}', v);`, ...children(ctx, d)]),
      `});`,
    ];
  },
  chain(ctx, d) {
    const start = pick([
      () => `Promise.resolve(${val()})`,
      () => `Promise.reject(new Error('${label()}'))`,
      () => `new Promise((r) => r(${val()}))`,
      () => `Promise.resolve({ then(r) { console.log('${label()}'); r(${val()}); } })`,
    ])();
    const lines = [start];
    const links = 2 + int(3);
    let kidsUsed = false;
    for (let i = 0; i < links; i++) {
      const l = label();
      const kids = !kidsUsed && chance(0.4) ? ((kidsUsed = true), children(ctx, d)) : [];
      const ret = pick([
        () => `return ${val()};`,
        () => `return Promise.resolve(${val()});`,
        () => `return { then(r) { console.log('${l}-then'); r(${val()}); } };`,
        () => `throw new Error('${l}-err');`,
        () => `return;`,
      ])();
      const kind = pick(['then', 'then', 'then2', 'catch', 'finally']);
      if (kind === 'then') {
        lines.push(`.then((v) => {`, ...ind([`console.log('${l}', v);`, ...kids, ret]), `})`);
      } else if (kind === 'then2') {
        lines.push(
          `.then((v) => {`,
          ...ind([`console.log('${l}', v);`, ...kids, ret]),
          `}, (e) => {`,
          ...ind([`console.log('${l}-rej', e.message);`, `return ${val()};`]),
          `})`,
        );
      } else if (kind === 'catch') {
        lines.push(`.catch((e) => {`, ...ind([`console.log('${l}', e.message);`, ...kids, ret]), `})`);
      } else {
        const fin = chance(0.2) ? [`throw new Error('${l}-fin');`] : chance(0.3) ? [`return Promise.resolve(0);`] : [];
        lines.push(`.finally(() => {`, ...ind([`console.log('${l}');`, ...kids, ...fin]), `})`);
      }
    }
    if (chance(0.6) || !rejectOK(ctx)) {
      const l = label();
      lines.push(`.catch((e) => console.log('${l}', e.message))`);
    }
    lines[lines.length - 1] += ';';
    return lines;
  },
  asyncFn(ctx, d) {
    const l = label();
    const body = [`console.log('${l}');`];
    let cur = ctx;
    const steps = 1 + int(3);
    for (let i = 0; i < steps; i++) {
      const kind = pick(['value', 'resolved', 'rejected', 'thenable', 'tpTimeout', 'tpImmediate', 'later']);
      const sl = label();
      if (kind === 'value') {
        body.push(`console.log('${sl}', await ${val()});`);
      } else if (kind === 'resolved') {
        body.push(`console.log('${sl}', await Promise.resolve(${val()}));`);
      } else if (kind === 'rejected') {
        body.push(`try {`, `  await Promise.reject(new Error('${sl}'));`, `} catch (e) {`, `  console.log('${sl}-caught', e.message);`, `}`);
      } else if (kind === 'thenable') {
        body.push(`console.log('${sl}', await { then(r) { console.log('${sl}-then'); r(${val()}); } });`);
      } else if (kind === 'tpTimeout') {
        const t = timerDelay(cur);
        if (!t) continue;
        body.push(`console.log('${sl}', await tp.setTimeout(${t.delay || 0}, ${val()}));`);
        cur = timerCtx(t, cur);
      } else if (kind === 'tpImmediate') {
        if (!cur.allowImm) continue;
        body.push(`console.log('${sl}', await tp.setImmediate(${val()}));`);
        cur = sameCascade('immediate', cur);
      } else {
        const t = timerDelay(cur);
        if (!t) continue;
        body.push(`console.log('${sl}', await new Promise((r) => setTimeout(r${withDelay(t) || ', 0'}, ${val()})));`);
        cur = timerCtx(t, cur);
      }
      if (chance(0.5)) body.push(...children(cur, d));
    }
    const ret = pick([
      () => `return ${val()};`,
      () => `return Promise.resolve(${val()});`,
      () => `return await Promise.resolve(${val()});`,
      () => `return { then(r) { console.log('${l}-ret'); r(${val()}); } };`,
      () => `throw new Error('${l}-throw');`,
    ])();
    body.push(ret);
    const tl = label();
    const tail = chance(0.7) || !rejectOK(cur)
      ? `.then((v) => console.log('${tl}', v), (e) => console.log('${tl}-rej', e.message));`
      : `.then((v) => console.log('${tl}', v));`;
    return [`(async () => {`, ...ind(body), `})()${tail}`];
  },
  newPromise(ctx, d) {
    const l = label();
    const l2 = label();
    let then = ctx;
    const resolver = pick([
      () => `res(${val()});`,
      () => `process.nextTick(res, ${val()});`,
      () => `queueMicrotask(() => rej(new Error('${l}-rej')));`,
      () => `res(Promise.resolve(${val()}));`,
      () => `res({ then(r) { console.log('${l}-then'); r(${val()}); } });`,
      () => {
        const t = timerDelay(ctx);
        if (!t) return `res(${val()});`;
        then = timerCtx(t, ctx);
        return `setTimeout(res${withDelay(t) || ', 0'}, ${val()});`;
      },
      () => {
        if (!ctx.allowImm) return `rej(new Error('${l}-rej'));`;
        then = sameCascade('immediate', ctx);
        return `setImmediate(() => res(${val()}));`;
      },
    ])();
    return [
      `new Promise((res, rej) => {`,
      ...ind([`console.log('${l}');`, resolver]),
      `}).then((v) => {`,
      ...ind([`console.log('${l2}', v);`, ...children(then, d)]),
      `}, (e) => console.log('${l2}-rej', e.message));`,
    ];
  },
  setTimeout(ctx, d) {
    const unref = chance(0.12);
    const t = timerDelay(ctx, { allowZero: !unref, ref: !unref });
    if (!t) return gens.nextTick(ctx, d);
    const l = label();
    const args = pick([[], ["'t'"], [1, 2]]);
    const params = args.map((_, i) => `a${i}`);
    const delay = args.length && t.delay === '' ? ', 0' : withDelay(t);
    const tctx = timerCtx(t, ctx);
    return [
      `setTimeout((${params.join(', ')}) => {`,
      ...ind([`console.log('${l}'${params.map((p) => ', ' + p).join('')});`, ...children(tctx, d), ...maybeThrow(l, tctx)]),
      `}${delay}${args.map((a) => ', ' + a).join('')})${unref ? '.unref()' : ''};`,
    ];
  },
  setInterval(ctx, d) {
    const runs = 2 + int(3);
    const zero = ctx.allowZero && chance(0.3);
    let delay;
    let kidCtx;
    if (zero) {
      ctx.cascade.zeroUsed = true;
      kidCtx = sameCascade('timer', ctx);
      delay = pick(['0', '1']);
    } else {
      const step = 1 + int(2);
      const s = ctx.slot + step;
      for (let i = 0; i < runs; i++) {
        if (s + i * step > MAX_SLOT || usedSlots.has(s + i * step)) return gens.queueMicrotask(ctx, d);
      }
      for (let i = 0; i < runs; i++) usedSlots.add(s + i * step);
      maxRefSlot = Math.max(maxRefSlot, s + (runs - 1) * step);
      delay = String(step * SLOT);
      kidCtx = ctxFor('timer', s, newMode());
    }
    const l = label();
    const h = vname('h');
    const n = vname('n');
    return [
      `{`,
      ...ind([
        `let ${n} = 0;`,
        `const ${h} = setInterval((x) => {`,
        ...ind([
          `${n}++;`,
          `console.log('${l}', ${n}, x);`,
          `if (${n} === 1) {`,
          ...ind(children(kidCtx, d)),
          `}`,
          `if (${n} === ${runs}) clearInterval(${h});`,
        ]),
        `}, ${delay}, 'iv');`,
      ]),
      `}`,
    ];
  },
  setImmediate(ctx, d) {
    if (!ctx.allowImm) return gens.setTimeout(ctx, d);
    const l = label();
    const args = pick([[], ["'i'"], ["'i'", 9]]);
    const params = args.map((_, i) => `a${i}`);
    const unref = chance(0.08);
    const ictx = sameCascade('immediate', ctx);
    return [
      `setImmediate((${params.join(', ')}) => {`,
      ...ind([`console.log('${l}'${params.map((p) => ', ' + p).join('')});`, ...children(ictx, d), ...maybeThrow(l, ictx)]),
      `}${args.map((a) => ', ' + a).join('')})${unref ? '.unref()' : ''};`,
    ];
  },
  clearTimer(ctx, d) {
    const form = int(5);
    if (form === 0) {
      return [`clearTimeout(setTimeout(() => console.log('${label()}-never'), ${pick([0, 1, 50])}));`, `clearTimeout(${pick(['undefined', 'null', '42'])});`];
    }
    if (form === 1) {
      const h = vname('c');
      return [
        `const ${h} = setTimeout(() => console.log('${label()}-never'), ${pick([0, 1, 40])});`,
        `process.nextTick(() => clearTimeout(${h}));`,
      ];
    }
    if (form === 2 || !ctx.allowImm) {
      // A timer cleared by an earlier callback of the same timers phase.
      const t = timerDelay(ctx);
      if (!t) return [`clearInterval(null);`];
      const h = vname('c');
      const la = label();
      const lb = label();
      const dl = withDelay(t);
      return [
        `let ${h};`,
        `setTimeout(() => {`,
        ...ind([`console.log('${la}');`, `clearTimeout(${h});`]),
        `}${dl});`,
        `${h} = setTimeout(() => console.log('${lb}-never')${dl});`,
      ];
    }
    if (form === 3) {
      return [`clearImmediate(setImmediate(() => console.log('${label()}-never')));`, `clearImmediate(${pick(['undefined', 'null'])});`];
    }
    // An immediate cleared by an earlier immediate of the same check phase.
    const h = vname('c');
    const la = label();
    const lb = label();
    return [
      `let ${h};`,
      `setImmediate(() => {`,
      ...ind([`console.log('${la}');`, `clearImmediate(${h});`]),
      `});`,
      `${h} = setImmediate(() => console.log('${lb}-never'));`,
    ];
  },
  tpTimeout(ctx, d) {
    const t = timerDelay(ctx);
    if (!t) return gens.resolvedThen(ctx, d);
    const l = label();
    return [
      `tp.setTimeout(${t.delay || 0}, ${val()}).then((v) => {`,
      ...ind([`console.log('${l}', v);`, ...children(timerCtx(t, ctx), d)]),
      `});`,
    ];
  },
  tpImmediate(ctx, d) {
    if (!ctx.allowImm) return gens.tpTimeout(ctx, d);
    const l = label();
    return [
      `tp.setImmediate(${val()}).then((v) => {`,
      ...ind([`console.log('${l}', v);`, ...children(sameCascade('immediate', ctx), d)]),
      `});`,
    ];
  },
  rejection(ctx, d) {
    const form = rejectOK(ctx) ? int(5) : 2;
    const l = label();
    if (form === 0) return [`Promise.reject(new Error('${l}'));`];
    if (form === 1) return [`(async () => { console.log('${l}-body'); throw new Error('${l}'); })();`];
    if (form === 2) {
      // Handled later in the same drain: never reported.
      const p = vname('p');
      return [`const ${p} = Promise.reject(new Error('${l}'));`, `queueMicrotask(() => ${p}.catch((e) => console.log('${l}-late', e.message)));`];
    }
    if (form === 3) {
      // Handled from a later timer: reported, then rejectionHandled.
      const t = timerDelay(ctx);
      if (!t) return [`Promise.reject(new Error('${l}'));`];
      const p = vname('p');
      return [
        `const ${p} = Promise.reject(new Error('${l}'));`,
        `setTimeout(() => { console.log('${l}-t'); ${p}.catch((e) => console.log('${l}-late', e.message)); }${withDelay(t)});`,
      ];
    }
    return [`Promise.resolve().then(() => { console.log('${l}-then'); throw new Error('${l}'); });`];
  },
  exitCode() {
    return [`process.exitCode = ${pick([2, 3, 4])};`];
  },
};

const weights = [
  ['nextTick', 10],
  ['queueMicrotask', 8],
  ['resolvedThen', 6],
  ['chain', 7],
  ['asyncFn', 8],
  ['newPromise', 6],
  ['setTimeout', 12],
  ['setInterval', 3],
  ['setImmediate', 9],
  ['clearTimer', 4],
  ['tpTimeout', 4],
  ['tpImmediate', 3],
  ['rejection', 4],
  ['exitCode', 1],
];
const totalWeight = weights.reduce((s, [, w]) => s + w, 0);

function stmt(ctx, d) {
  let r = rnd() * totalWeight;
  for (const [name, w] of weights) {
    r -= w;
    if (r < 0) return gens[name](ctx, d);
  }
  return gens.nextTick(ctx, d);
}

// ---- the program ----
const mainCtx = ctxFor('main', 0, newMode());
const body = [];
const top = 3 + int(5);
for (let i = 0; i < top; i++) body.push(...stmt(mainCtx, 0));

const head = [`// ordergen seed ${seed}`, `'use strict';`, `const tp = require('timers/promises');`];
if (flags.uncaught) {
  head.push(`process.on('uncaughtException', (e, origin) => console.log('uncaught', e instanceof Error ? e.message : e, origin));`);
}
if (flags.unhandled) {
  head.push(`process.on('unhandledRejection', (r) => console.log('unhandled', r instanceof Error ? r.message : r));`);
  head.push(`process.on('rejectionHandled', () => console.log('rejectionHandled'));`);
}
head.push(`process.on('exit', (c) => console.log('exit', c));`);

const tail = [];
if (chance(0.6)) {
  // beforeExit fires when the loop runs dry, after the last ref'd slot.
  const beCtx = ctxFor('main', maxRefSlot, newMode());
  const kids = [];
  const n = 1 + int(2);
  for (let i = 0; i < n; i++) kids.push(...stmt(beCtx, 1));
  tail.push(
    `let be = 0;`,
    `process.on('beforeExit', (c) => {`,
    ...ind([`console.log('beforeExit', ++be, c);`, `if (be === 1) {`, ...ind(kids), `}`]),
    `});`,
  );
}

process.stdout.write([...head, ...tail, ...body].join('\n') + '\n');
