// Top-level await in the entry point and in an imported module: the importer waits for the dependency.
import { ready } from './lib/slow.mjs';
console.log('main sees', ready);
const v = await new Promise((r) => setImmediate(() => r('awaited at top level')));
console.log(v);
