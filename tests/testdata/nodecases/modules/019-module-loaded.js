// module.loaded is false while a module runs and true after require returns; the entry module becomes loaded after the script finishes.
const r = require('./fixtures/loaded-check');
console.log(r.loadedDuring, r.mod.loaded, module.loaded);
setImmediate(() => console.log('entry loaded later', module.loaded));
console.log(Array.isArray(module.paths), module.paths.some((p) => p.endsWith('node_modules')));
console.log(module.children.includes(r.mod), r.mod.exports === r);
