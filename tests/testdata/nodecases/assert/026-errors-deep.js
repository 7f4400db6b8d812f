// Deep comparison of errors checks name, message, cause and own enumerable properties but not the stack.
const assert = require('assert');
const ds = (a, b) => { try { assert.deepStrictEqual(a, b); return true; } catch { return false; } };
const e1 = new Error('m'); const e2 = new Error('m');
console.log(ds(e1, e2));
e2.extra = 1;
console.log(ds(e1, e2));
const n1 = new Error('m'); n1.name = 'Custom';
console.log(ds(n1, new Error('m')));
console.log(ds(new Error('m', { cause: { a: 1 } }), new Error('m', { cause: { a: 1 } })));
console.log(ds(new Error('m', { cause: { a: 1 } }), new Error('m', { cause: { a: 2 } })));
console.log(ds(new Error('m'), { message: 'm', name: 'Error' }));
class MyErr extends Error {}
console.log(ds(new MyErr('q'), new MyErr('q')), ds(new MyErr('q'), new Error('q')));
try { assert.deepStrictEqual(new Error('a'), new Error('b')); } catch (e) { console.log(e.message.split('\n')[0]); }
