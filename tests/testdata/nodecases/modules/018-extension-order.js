// When both x.js and x.json exist, require('./x') picks the .js file.
console.log(require('./fixtures/both'));
console.log(require('./fixtures/both.json'));
