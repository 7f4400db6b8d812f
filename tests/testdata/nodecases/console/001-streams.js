// console.log/info/debug write to stdout; console.error/warn/trace write to stderr.
console.log('log line');
console.info('info line');
console.debug('debug line');
console.error('error line');
console.warn('warn line');
console.trace('trace line %d', 7);
console.log('last stdout line');
