// refresh() restarts the countdown from now with the original delay, so a refreshed timer fires after a later one.
const a = setTimeout(() => console.log('a (40ms, refreshed at 20ms)'), 40);
setTimeout(() => { console.log('refreshing a'); a.refresh(); }, 20);
setTimeout(() => console.log('b (45ms)'), 45);
