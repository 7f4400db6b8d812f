// Assigning to process.env coerces values to strings (including undefined and null); delete removes keys; symbols throw.
process.env.JSLOOP_T_NUM = 1;
console.log(typeof process.env.JSLOOP_T_NUM, process.env.JSLOOP_T_NUM);
process.env.JSLOOP_T_BOOL = true;
console.log(process.env.JSLOOP_T_BOOL);
process.env.JSLOOP_T_UNDEF = undefined;
console.log(typeof process.env.JSLOOP_T_UNDEF, process.env.JSLOOP_T_UNDEF);
process.env.JSLOOP_T_NULL = null;
console.log(process.env.JSLOOP_T_NULL);
process.env.JSLOOP_T_OBJ = { a: 1 };
console.log(process.env.JSLOOP_T_OBJ);
console.log('JSLOOP_T_NUM' in process.env, Object.keys(process.env).includes('JSLOOP_T_NUM'));
console.log(delete process.env.JSLOOP_T_NUM, process.env.JSLOOP_T_NUM, 'JSLOOP_T_NUM' in process.env);
console.log(delete process.env.JSLOOP_T_NEVER_SET);
try {
  process.env.JSLOOP_T_SYM = Symbol('s');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(process.env.JSLOOP_T_MISSING);
