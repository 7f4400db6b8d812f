// Children start synchronously inside spawn, a synchronous throw is a failure like a rejection, and an empty group fulfils on the next microtasks with the body's value.
const { TaskGroup } = require('jsloop:async');
const order = [];
TaskGroup.run(() => 'empty').then((v) => order.push(`empty group: ${v}`));
TaskGroup.run((tg) => {
  order.push('body start');
  const p = tg.spawn(() => { order.push('child runs inside spawn'); return 7; });
  order.push('after spawn');
  p.then((v) => order.push(`child value ${v}`));
  tg.spawn(() => { throw new SyntaxError('sync throw'); });
  order.push('body end');
}).catch((err) => {
  order.push(`rejected: ${err.errors[0].name} ${err.errors[0].message}`);
  order.forEach((l) => console.log(l));
});
order.push('sync end');
process.on('exit', () => console.log('exit'));
