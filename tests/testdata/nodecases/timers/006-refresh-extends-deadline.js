// refresh() restarts the countdown from now with the original delay, so a refreshed timer fires after a later one.
const a = setTimeout(() => console.log('a (300ms, refreshed at 100ms)'), 300);
setTimeout(() => { console.log('refreshing a'); a.refresh(); }, 100);
setTimeout(() => console.log('b (350ms)'), 350);
