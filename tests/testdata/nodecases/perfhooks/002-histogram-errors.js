// Node's argument checks on histograms.
const { createHistogram, monitorEventLoopDelay } = require('node:perf_hooks');
const h = createHistogram();
function attempt(what, fn) {
  try {
    fn();
    console.log(what, 'ok');
  } catch (e) {
    console.log(what, e.name, e.code, e.message);
  }
}
attempt('percentile(0)', () => h.percentile(0));
attempt('percentile(101)', () => h.percentile(101));
attempt('percentile(NaN)', () => h.percentile(NaN));
attempt("percentile('5')", () => h.percentile('5'));
attempt('record(0)', () => h.record(0));
attempt('record(1.5)', () => h.record(1.5));
attempt('record(2 ** 60)', () => h.record(2 ** 60));
attempt("record('1')", () => h.record('1'));
attempt('add({})', () => h.add({}));
attempt('add(eld)', () => h.add(monitorEventLoopDelay()));
attempt('createHistogram(1)', () => createHistogram(1));
attempt('createHistogram(null)', () => createHistogram(null));
attempt('lowest 0', () => createHistogram({ lowest: 0 }));
attempt('highest < 2 lowest', () => createHistogram({ lowest: 10, highest: 15 }));
attempt('figures 6', () => createHistogram({ figures: 6 }));
attempt('figures 5', () => createHistogram({ figures: 5 }));
attempt('resolution 0', () => monitorEventLoopDelay({ resolution: 0 }));
attempt('resolution 1.5', () => monitorEventLoopDelay({ resolution: 1.5 }));
attempt("resolution 'x'", () => monitorEventLoopDelay({ resolution: 'x' }));
attempt('options 5', () => monitorEventLoopDelay(5));
attempt('options []', () => monitorEventLoopDelay([]));
attempt('new', () => new (h.constructor)());
try { h.percentile(0); } catch (err) { console.log(String(err)); }
const Histogram = Object.getPrototypeOf(h.constructor.prototype);
attempt('count of {}', () => Object.getOwnPropertyDescriptor(Histogram, 'count').get.call({}));
attempt('percentile of {}', () => Histogram.percentile.call({}, 50));
attempt('record of eld', () => h.record.call(monitorEventLoopDelay(), 1));
attempt('enable of h', () => monitorEventLoopDelay().enable.call(h));
