// A .json file is parsed and cached; it is found with or without the extension; invalid JSON throws a SyntaxError naming the file.
const d1 = require('./fixtures/data.json');
const d2 = require('./fixtures/data');
console.log(d1 === d2, d1.name, d1.list, d1.nested.ok);
d1.mutated = true;
console.log(require('./fixtures/data.json').mutated);
try {
  require('./fixtures/bad.json');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError, e.message.includes('bad.json'));
}
