// Named imports are live bindings, the default export is separate, imported modules evaluate once, before the importer.
import named, { count, increment } from './lib/counter.mjs';
import * as ns from './lib/counter.mjs';
console.log('main evaluates', count);
increment();
increment();
console.log('after increments', count, ns.count, named(), typeof ns.default);
