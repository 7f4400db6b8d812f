// Delays are coerced with Number(): strings, booleans and valueOf objects work; negative, NaN and 0 become 1ms and keep insertion order.
const log = (s) => () => console.log(s);
setTimeout(log("'40' string"), '40');
setTimeout(log('valueOf 20'), { valueOf() { return 20; } });
setTimeout(log('true -> 1'), true);
setTimeout(log('-5 -> 1'), -5);
setTimeout(log("'abc' -> 1"), 'abc');
setTimeout(log('undefined -> 1'));
setTimeout(log('0 -> 1'), 0);
setTimeout(log('null -> 1'), null);
setTimeout(log('60 number'), 60);
setTimeout(log("'30.9' -> 30.9"), '30.9');
