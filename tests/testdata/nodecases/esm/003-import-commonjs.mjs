// An ES module imports a CommonJS file: the default import is module.exports and named exports are found.
import legacy from './lib/legacy.cjs';
import { add } from './lib/legacy.cjs';
console.log(legacy.kind, add(2, 3), legacy.add === add);
