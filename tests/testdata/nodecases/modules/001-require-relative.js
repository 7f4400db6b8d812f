// require of a relative path works with and without the .js extension and every spelling of the path (./x/../x, absolute) resolves to the same cached module object.
const a = require('./fixtures/math');
const b = require('./fixtures/math.js');
console.log(a === b, a.add(2, 3), a.loadedAt);
console.log(Object.keys(a));
console.log(require('./fixtures/../fixtures/math') === a, require(__dirname + '/fixtures/math') === a);
