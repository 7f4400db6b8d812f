// The abort listener of timers/promises still runs when an earlier abort listener calls stopImmediatePropagation.
const tp = require('timers/promises');
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => { console.log('user listener stops'); e.stopImmediatePropagation(); });
ac.signal.addEventListener('abort', () => console.log('user listener 2 (skipped)'));
tp.setTimeout(100000, 'x', { signal: ac.signal }).catch((e) => console.log('timeout rejected', e.name));
ac.abort();
