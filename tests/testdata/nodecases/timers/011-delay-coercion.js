// Delays are coerced with Number(): strings, booleans and valueOf objects work; negative, NaN and 0 become 1ms and keep insertion order.
const log = (s) => () => console.log(s);
setTimeout(log("'150' string"), '150');
setTimeout(log('valueOf 50'), { valueOf() { return 50; } });
setTimeout(log('true -> 1'), true);
setTimeout(log('-5 -> 1'), -5);
setTimeout(log("'abc' -> 1"), 'abc');
setTimeout(log('undefined -> 1'));
setTimeout(log('0 -> 1'), 0);
setTimeout(log('null -> 1'), null);
setTimeout(log('200 number'), 200);
setTimeout(log("'100.9' -> 100.9"), '100.9');
