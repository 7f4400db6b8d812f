// Promise.any rejects with an AggregateError whose message is "All promises were rejected" and whose errors keep input order.
Promise.any([Promise.reject(new Error('first')), Promise.reject('second'), new Promise((_, r) => setTimeout(() => r(3), 5))])
  .catch((e) => {
    console.log(e instanceof AggregateError, e instanceof Error, e.name, e.constructor === AggregateError);
    console.log(JSON.stringify(e.message));
    console.log(Array.isArray(e.errors), e.errors.length, e.errors[0].message, e.errors[1], e.errors[2]);
    console.log(Object.prototype.hasOwnProperty.call(e, 'errors'), Object.keys(e).length);
    return Promise.any([]);
  })
  .catch((e) => console.log('empty:', e.name, JSON.stringify(e.message), e.errors.length))
  .then(() => Promise.any([Promise.reject(1), Promise.resolve('winner'), 'plain']))
  .then((v) => console.log('fulfilled with', v));
const a = new AggregateError([1, 2], 'custom', { cause: 'why' });
console.log(a.message, a.errors, a.cause, a.name);
