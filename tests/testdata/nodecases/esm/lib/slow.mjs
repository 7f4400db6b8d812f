console.log('slow.mjs starts');
await new Promise((r) => setTimeout(r, 10));
export const ready = 'slow ready';
console.log('slow.mjs done');
