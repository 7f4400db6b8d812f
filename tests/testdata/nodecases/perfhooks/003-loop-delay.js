// monitorEventLoopDelay measures, in nanoseconds, how late a repeating probe of
// `resolution` ms runs: a timer callback that keeps the loop busy for 200 ms shows up
// as a delay of at least that. Only facts that hold on any machine are printed.
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
console.log(h.constructor.name, typeof h.enable, typeof h.disable, typeof h.record);
console.log('enable', h.enable(), h.enable());
setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 200);
  setTimeout(() => {
    console.log('disable', h.disable(), h.disable());
    console.log('count > 0', h.count > 0);
    console.log('max >= 150 ms', h.max >= 150e6);
    console.log('max < 10 s', h.max < 10e9);
    console.log('min >= 1 ms', h.min >= 1e6);
    console.log('min <= mean <= max', h.min <= h.mean && h.mean <= h.max);
    console.log('stddev > 0', h.stddev > 0);
    console.log('exceeds', h.exceeds);
    console.log('percentile(100) >= 150 ms', h.percentile(100) >= 150e6);
    console.log('percentile(50) <= percentile(100)', h.percentile(50) <= h.percentile(100));
    const p = h.percentiles;
    console.log('percentiles', p instanceof Map, p.has(0), p.has(100), p.get(0) <= p.get(100));
    console.log('keys ascend', [...p.keys()].every((k, i, a) => i === 0 || a[i - 1] < k));
    const count = h.count;
    setTimeout(() => {
      console.log('disabled records nothing', h.count === count);
      h.reset();
      console.log('reset', h.count, h.max, h.min, h.exceeds);
      console.log('enable again', h.enable());
      setTimeout(() => {
        console.log('records again', h.count > 0);
        h.disable();
      }, 100);
    }, 60);
  }, 50);
}, 30);
