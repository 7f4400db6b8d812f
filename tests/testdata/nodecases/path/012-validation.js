// path functions validate their arguments with ERR_INVALID_ARG_TYPE TypeErrors naming the argument.
const path = require('path');
const calls = [() => path.join('a', 1), () => path.join(null), () => path.normalize(undefined), () => path.basename({}),
  () => path.basename('a', 5), () => path.extname(true), () => path.dirname([]), () => path.isAbsolute(1n),
  () => path.resolve('a', 3), () => path.relative('a'), () => path.relative(1, 'b'), () => path.parse(null),
  () => path.format(null), () => path.format('x'), () => path.format([]), () => path.resolve(Symbol('s'))];
for (const f of calls) {
  try {
    console.log('no throw', f());
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof TypeError);
  }
}
