// Setting process.exitCode validates: non-integer-like strings/booleans/objects throw TypeError ERR_INVALID_ARG_TYPE, non-integers throw RangeError ERR_OUT_OF_RANGE; integer strings, null and undefined are kept as is.
const values = ['abc', '', true, {}, 5n, 1.5, NaN, '2', '0x10', null, undefined, -1];
for (const v of values) {
  const label = typeof v === 'bigint' ? '5n' : typeof v === 'string' ? JSON.stringify(v) : String(v);
  try {
    process.exitCode = v;
    console.log(label, 'accepted ->', process.exitCode, typeof process.exitCode);
  } catch (e) {
    console.log(label, e.name, e.code);
    console.log('  ' + e.message);
  }
}
process.exitCode = undefined;
