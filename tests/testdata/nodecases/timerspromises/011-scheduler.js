// scheduler.wait(delay) and scheduler.yield() resolve with undefined; Scheduler cannot be constructed and its methods check this.
const { scheduler } = require('timers/promises');
async function main() {
  console.log('wait', await scheduler.wait(5));
  console.log('yield', await scheduler.yield());
  try { new scheduler.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.yield.call(null); } catch (e) { console.log(e.code); }
  const ac = new AbortController();
  const p = scheduler.wait(100000, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('wait aborted', e.name, e.cause.name); }
}
main();
