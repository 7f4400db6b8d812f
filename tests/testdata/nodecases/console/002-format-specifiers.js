// Format specifiers %s %d %i %f %j %o %O %c %% in the first string argument consume arguments in order.
console.log('%s|%s|%s', 'str', 42, true);
console.log('%d|%d|%d|%d', 42, '42', 4.5, 'abc');
console.log('%i|%i|%i', 42.9, '-7.2', 'x');
console.log('%f|%f|%f', 1.5, '2.25', 'y');
console.log('%j|%j|%j', { a: 1 }, [1, 'two'], 'str');
console.log('%o', 'just a string');
console.log('%O', 'just a string');
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% done, %s left', 'nothing');
console.log('%x %s', 'unknown-specifier');
console.log('%s');
console.log('%', 'lonely percent');
console.log('a%sb%sc', 1, 2);
