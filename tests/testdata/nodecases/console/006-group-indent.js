// console.group prints its label and indents subsequent output (also multi-line strings) by two spaces per level; groupEnd dedents.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2\nsecond line');
console.info({ a: 1 });
console.groupEnd();
console.groupCollapsed('Collapsed %s', 'B');
console.log('inside collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to 0');
