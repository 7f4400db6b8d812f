// util.format handles %s %d %i %f %j %% and extra arguments; util.inspect quotes strings and prints numbers.
const util = require('util');
console.log(util.format('%s=%d', 'answer', 42));
console.log(util.format('%i|%f|%j|%%|%s', 3.9, '2.5', 'str', 'end'));
console.log(util.format('extra', 1, 'two', 3));
console.log(util.format('%s %s', 'only-one'));
console.log(util.format(1, 2), util.format('%d', '0x10'), util.format('%d', 'abc'));
console.log(util.inspect('it\'s'), util.inspect('plain'), util.inspect(5), util.inspect(-0), util.inspect(1.5e21));
console.log(util.inspect('a\nb'), util.inspect(''), util.inspect(NaN));
console.log(typeof util.inspect.custom, typeof util.promisify, typeof util.types, typeof util.isDeepStrictEqual);
