// timers/promises setTimeout resolves with the given value after the delay; shorter delays resolve first.
const { setTimeout: sleep } = require('timers/promises');
sleep(20, 'slow').then((v) => console.log(v));
sleep(5, 'fast').then((v) => console.log(v));
sleep(10).then((v) => console.log('no value', v));
sleep().then((v) => console.log('no delay', v));
const p = sleep(1, { obj: true });
console.log(p instanceof Promise);
p.then((v) => console.log('object value', v.obj));
