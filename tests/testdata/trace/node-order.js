'use strict';
// Preloaded into node (node -r ./node-order.js script.js) to record, for every line the
// script writes to stdout, which callback was running: the async_hooks resource type
// (Timeout, Immediate, TickObject, PROMISE, Microtask …; "none" at the top level) and a
// run number that changes with every callback. tests/trace_test.go compares this with
// the tasks jsloop's trace says were running. The record goes to $NODE_ORDER_OUT, one
// JSON object per line: {"line": text, "run": n, "type": resource type}.
const async_hooks = require('async_hooks');
const fs = require('fs');

const out = fs.openSync(process.env.NODE_ORDER_OUT, 'w');
const types = new Map();
const stack = [];
let runs = 0;
let partial = null; // a line written in pieces (an unterminated last line is not recorded)

async_hooks.createHook({
  init(id, type) { types.set(id, type); },
  before(id) { stack.push({ run: ++runs, type: types.get(id) || 'unknown' }); },
  after() { stack.pop(); },
}).enable();

const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  const top = stack[stack.length - 1] || { run: 0, type: 'none' };
  const parts = String(chunk).split('\n');
  parts.forEach((text, i) => {
    if (i === parts.length - 1 && text === '') return;
    if (partial) {
      partial.line += text;
    } else {
      partial = { line: text, run: top.run, type: top.type };
    }
    if (i < parts.length - 1) {
      fs.writeSync(out, JSON.stringify(partial) + '\n');
      partial = null;
    }
  });
  return write.call(this, chunk, ...rest);
};
