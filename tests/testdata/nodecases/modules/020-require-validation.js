// require validates its argument: a non-string throws ERR_INVALID_ARG_TYPE and an empty string throws ERR_INVALID_ARG_VALUE.
for (const v of [42, undefined, '']) {
  try {
    require(v);
  } catch (e) {
    console.log(e.name, e.code);
    console.log('  ' + e.message);
  }
}
