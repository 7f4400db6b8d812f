export let count = 0;
export function increment() { count++; }
export default function named() { return 'default export'; }
console.log('counter.mjs evaluated');
