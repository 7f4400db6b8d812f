// console.log() with no arguments prints an empty line; console.info/debug too.
console.log('before');
console.log();
console.info();
console.debug();
console.log('after');
