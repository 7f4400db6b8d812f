// The first line of an inspected error is "Name: message"; extra own properties do not change it; custom names are kept.
const util = require('util');
const first = (e) => util.inspect(e).split('\n')[0];
const e = new Error('boom');
e.code = 'E_BOOM';
console.log(first(e));
console.log(first(new TypeError('bad type')));
class MyError extends Error {}
console.log(first(new MyError('mine')));
const renamed = new Error('renamed');
renamed.name = 'CustomName';
console.log(first(renamed));
console.log(first(new RangeError('')));
console.log(String(e), e.toString === Error.prototype.toString);
console.log(util.inspect(e).includes("code: 'E_BOOM'"));
