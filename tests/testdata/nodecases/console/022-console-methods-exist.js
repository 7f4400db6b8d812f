// The global console exposes the standard methods; console.log returns undefined; methods work when detached.
const names = ['log', 'info', 'debug', 'error', 'warn', 'trace', 'dir', 'table', 'count', 'countReset', 'group', 'groupEnd', 'groupCollapsed', 'assert', 'time', 'timeEnd', 'timeLog'];
console.log(names.map((n) => typeof console[n]).every((t) => t === 'function'));
const { log } = console;
console.log(log('detached works'));
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir('dir string');
console.log(typeof require('console').Console);
