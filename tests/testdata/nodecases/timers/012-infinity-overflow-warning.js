// A delay above 2^31-1 (including Infinity) emits TimeoutOverflowWarning and is treated as 1ms.
process.on('warning', (w) => console.log('warning event:', w.name, '|', w.message.replace(/\n/g, ' ')));
setTimeout(() => console.log('big fired'), 50);
setTimeout(() => console.log('infinity fired'), Infinity);
setTimeout(() => console.log('2^31 fired'), 2 ** 31);
setTimeout(() => console.log('2^31-1 must not fire'), 2 ** 31 - 1).unref();
console.log('scheduled');
