// Symbols, functions, arrow functions, classes and symbol-keyed properties have their own inspection forms.
console.log(Symbol('desc'), Symbol(), Symbol.iterator);
console.log({ [Symbol('key')]: 'v', s: Symbol('val') });
function named() {}
console.log(named, () => {}, function () {}, async function af() {}, function* g() {});
class A {}
class B extends A {}
console.log(A, B, class {});
named.prop = 1;
console.log(named);
console.log([named, Math.max]);
