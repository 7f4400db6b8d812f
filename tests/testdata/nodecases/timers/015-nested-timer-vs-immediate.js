// Inside a timer callback, a new setImmediate always runs before a new setTimeout(0); nextTicks from the immediate run right after it.
setTimeout(() => {
  console.log('outer timeout');
  setTimeout(() => console.log('inner timeout'), 0);
  setImmediate(() => {
    console.log('inner immediate');
    process.nextTick(() => console.log('tick from immediate'));
  });
  process.nextTick(() => console.log('tick from timeout'));
}, 5);
