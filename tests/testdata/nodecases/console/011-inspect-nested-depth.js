// Objects nested beyond depth 2 print as [Object]/[Array]; long objects break across lines.
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ l1: { l2: { l3: [1, 2] } } });
console.log([[[[1]]]]);
console.log({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddddddd', eps: 1 });
console.log({ 'key with space': 1, valid_id: 2, 3: 'numeric' });
