// require('perf_hooks') shares the global performance and the timeline classes; eventLoopUtilization has Node's shape.
const ph = require('perf_hooks');
console.log(ph.performance === performance, typeof ph.monitorEventLoopDelay, typeof ph.createHistogram);
console.log(ph.PerformanceMark === PerformanceMark, ph.PerformanceMeasure === PerformanceMeasure, ph.PerformanceEntry === PerformanceEntry, ph.Performance === Performance);
const elu = performance.eventLoopUtilization();
console.log(Object.keys(elu), typeof elu.idle, elu.utilization >= 0 && elu.utilization <= 1);
console.log(Object.keys(performance.toJSON()), typeof performance.toJSON().nodeTiming.duration);
console.log(Object.getOwnPropertyNames(PerformanceEntry.prototype), Object.getOwnPropertyNames(PerformanceMark.prototype));
