// performance.mark and measure record entries with Node's shape; getEntries* filter and sort them by start time.
const m = performance.mark('start', { startTime: 10, detail: { step: 1 } });
console.log(m);
console.log(JSON.stringify(performance.mark('end', { startTime: 25.5 })));
console.log(performance.measure('span', 'start', 'end'));
console.log(performance.measure('opts', { start: 2, duration: 3, detail: 'd' }).toJSON());
console.log(performance.measure('back', { end: 20, duration: 5 }).startTime);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`));
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('span').length, performance.getEntriesByName('span', 'mark').length);
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
try { performance.measure('x', 'start'); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.mark('neg', { startTime: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.measure('all', { start: 1, end: 2, duration: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new PerformanceEntry(); } catch (e) { console.log(e.name, e.code, e.message); }
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries());
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, performance.now() >= t0, typeof performance.timeOrigin);
console.log(Object.prototype.toString.call(performance), performance instanceof EventTarget, require('perf_hooks').performance === performance);
