// createHistogram: the numbers of an HDR histogram with 3 significant figures, as
// node's HdrHistogram_c computes them.
const { createHistogram } = require('perf_hooks');
const h = createHistogram();
console.log(h.constructor.name, Object.getPrototypeOf(h.constructor.prototype).constructor.name);
console.log('empty', h.count, h.min, h.max, h.mean, h.stddev, h.exceeds, h.percentile(50));
console.log('empty percentiles', [...h.percentiles]);
h.record(1000);
h.record(5000);
h.record(123456789);
console.log(h.count, h.min, h.max, h.mean, h.stddev, h.exceeds);
console.log(h.percentile(50), h.percentile(100), h.percentile(0.0001), h.percentile(99.9));
console.log(h.percentiles instanceof Map, [...h.percentiles]);
console.log(JSON.stringify(h));
console.log(h.countBigInt, h.minBigInt, h.maxBigInt, h.exceedsBigInt, h.percentileBigInt(50));
console.log([...h.percentilesBigInt]);
h.record(7n);
console.log(h.count, h.min);

for (let i = 1; i <= 1000; i++) h.record(i * 1000);
console.log(h.count, h.min, h.max, h.mean, h.percentile(50), h.percentile(90), h.percentile(99));
console.log([...h.percentiles].length, [...h.percentiles.keys()].slice(0, 8));

const small = createHistogram({ lowest: 1, highest: 1000, figures: 2 });
small.record(500);
small.record(2000); // beyond highest: counted in exceeds, not recorded
console.log('bounded', small.count, small.exceeds, small.max);

const other = createHistogram();
other.record(42);
other.recordDelta(); // the first delta only sets the starting point
console.log('other', other.count);
h.add(other);
console.log('added', h.count, h.min);
h.reset();
console.log('reset', h.count, h.min, h.max, h.exceeds, Number.isNaN(h.mean));
