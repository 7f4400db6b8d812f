// An uncaught exception or rejection in a worker is an 'error' on the Worker (the error
// cloned: its class, message and own data survive), then 'exit' with code 1;
// process.exit(n) and process.exitCode set the code; a clean end is 0.
const { Worker } = require('worker_threads');

const cases = [
  ['throw', 'const e = new TypeError("bad thing"); e.code = "E_BAD"; throw e'],
  ['reject', 'Promise.reject(new RangeError("too far"))'],
  ['throw string', 'throw "just a string"'],
  ['exit 5', 'console.log("before exit"); process.exit(5); console.log("not printed")'],
  ['exitCode 3', 'process.exitCode = 3'],
  ['clean', 'setTimeout(() => console.log("timer ran"), 5)'],
  ['handled', 'process.on("uncaughtException", (e) => console.log("caught in worker:", e.message)); throw new Error("x")'],
  ['syntax', 'let let = 1'],
];

async function run([label, code]) {
  const w = new Worker(code, { eval: true });
  const events = [];
  w.on('error', (e) => {
    const shown = typeof e === 'object'
      ? `${e.constructor.name} ${e.name}: ${e.message} code=${e.code} stack=${typeof e.stack}`
      : JSON.stringify(e);
    events.push(`error(${shown})`);
  });
  const code2 = await new Promise((resolve) => w.on('exit', resolve));
  console.log(label, '->', events.join(' '), 'exit', code2);
}

(async () => {
  for (const c of cases) await run(c);
})();
