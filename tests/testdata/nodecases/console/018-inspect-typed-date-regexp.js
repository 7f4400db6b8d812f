// Typed arrays, ArrayBuffer, Date (fixed ISO time), invalid Date and RegExp have their own inspection forms.
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new Int16Array(0));
console.log(new Uint8Array(8));
console.log(new ArrayBuffer(4));
console.log(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)));
console.log([new Date(0)], { when: new Date(86400000) });
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x/], /a\/b/); // goja writes the source of new RegExp('a/b') as a\u002fb
