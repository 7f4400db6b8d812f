// util.inspect shows a histogram as Node does, its percentiles as a SafeMap.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const h = createHistogram(); h.record(1000); h.record(5000);
console.log(h);
console.log(monitorEventLoopDelay());
console.log([h.percentiles]);
console.log(require('util').inspect(h, { depth: 0 }));
console.log(Object.prototype.toString.call(h.percentiles), h.percentiles.size);
