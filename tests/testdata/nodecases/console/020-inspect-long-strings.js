// Strings inside arrays/objects are quoted and escaped; long ones break the array over lines; top-level strings print raw.
console.log(['short', 'a'.repeat(80)]);
console.log({ s: "it's", d: 'say "hi"', both: `'"` });
console.log(['line1\nline2', 'tab\there']);
console.log('raw top-level "string" with \'quotes\'');
console.log([String('x'.repeat(20)), 'y'.repeat(20), 'z'.repeat(20), 'w'.repeat(20)]);
