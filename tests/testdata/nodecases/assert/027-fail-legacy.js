// assert.fail with several arguments is deprecated (DEP0094, warned once) and uses actual/expected/operator ('!=' for two).
const assert = require('assert');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual, e.expected);
  }
}
show(() => assert.fail(1, 2));
show(() => assert.fail(1, 2, undefined, '>'));
show(() => assert.fail(1, 2, 'given', '>'));
show(() => assert.fail('a', 'b', new RangeError('own')));
process.on('warning', (w) => console.log('warning event', w.name, w.code));
