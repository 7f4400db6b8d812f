// Arguments beyond the format string are appended with spaces; non-string first arguments disable formatting.
console.log('fmt %s', 'one', 'two', 3, true, null, undefined);
console.log(1, '%s', 'x');
console.log('a', 'b', 'c');
console.log('');
console.log(' ', ' ');
console.log(null, undefined, true, 0, -0, 1e21, 123456789012345678901234567890n);
