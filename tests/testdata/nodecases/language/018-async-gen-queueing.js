// Calling next() several times without awaiting queues the requests; they settle in order; yield awaits promise operands.
async function* gen() {
  console.log('gen start');
  yield Promise.resolve('awaited operand');
  yield new Promise((r) => setTimeout(() => r('slow'), 10));
  yield 'quick';
}
const g = gen();
const p1 = g.next();
const p2 = g.next();
const p3 = g.next();
const p4 = g.next();
console.log('requested');
p4.then((r) => console.log('4', JSON.stringify(r)));
p3.then((r) => console.log('3', JSON.stringify(r)));
p2.then((r) => console.log('2', JSON.stringify(r)));
p1.then((r) => console.log('1', JSON.stringify(r)));
console.log(g[Symbol.asyncIterator]() === g, Object.prototype.toString.call(g));
// (jsloop lowers async generator functions to plain functions, so their constructor is Function: see the README)
console.log(Object.getPrototypeOf(async function () {}).constructor.name);
