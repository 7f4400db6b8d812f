// TaskGroup validates its arguments like Node APIs: run rejects (never throws) on a bad body or options, the constructor is private, spawn throws on a non-function.
const { TaskGroup } = require('jsloop:async');
const show = (err) => console.log(err.name, err.code, err.message);
TaskGroup.run(42).catch(show);
TaskGroup.run(() => {}, { signal: 'nope' }).catch(show);
TaskGroup.run(() => {}, null).catch(show);
try { new TaskGroup(); } catch (err) { show(err); }
TaskGroup.run((tg) => {
  try { tg.spawn('x'); } catch (err) { show(err); }
  console.log('size', tg.size, 'aborted', tg.signal.aborted);
  return 'still fine';
}).then((v) => console.log(v));
console.log(typeof TaskGroup.run(() => {}).then);
process.on('exit', () => console.log('exit'));
