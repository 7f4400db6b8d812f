// performance.eventLoopUtilization: idle and active milliseconds and their ratio,
// since the loop started or between two readings.
const perf_hooks = require('perf_hooks');
console.log(perf_hooks.performance === performance, typeof performance.eventLoopUtilization);
setTimeout(() => {
  const a = performance.eventLoopUtilization();
  console.log(Object.keys(a));
  console.log('in range', a.idle >= 0 && a.active >= 0 && a.utilization >= 0 && a.utilization <= 1);
  console.log('utilization', a.utilization === a.active / (a.idle + a.active));
  const start = Date.now();
  while (Date.now() - start < 100);
  const b = performance.eventLoopUtilization(a);
  console.log('busy 100 ms: active >= 90', b.active >= 90, 'utilization > 0.5', b.utilization > 0.5);
  setTimeout(() => {
    const c = performance.eventLoopUtilization(a);
    const d = performance.eventLoopUtilization();
    console.log('idle grew', c.idle > 0);
    const e = performance.eventLoopUtilization(d, a);
    console.log('two readings', e.idle === d.idle - a.idle, e.active === d.active - a.active,
      e.utilization === e.active / (e.idle + e.active));
  }, 100);
}, 20);
