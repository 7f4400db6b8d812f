// Resolving with a thenable calls its then in a later job; only the first resolve/reject counts; throws after resolving are ignored.
const log = (s) => console.log(s);
const thenable = {
  then(res, rej) {
    log('then called');
    res('first');
    res('second');
    rej(new Error('ignored'));
    throw new Error('also ignored');
  },
};
Promise.resolve(thenable).then((v) => log('resolved ' + v));
log('after Promise.resolve');
const throwing = { then() { throw new Error('then threw'); } };
new Promise((r) => r(throwing)).catch((e) => log('rejected ' + e.message));
const getterThrows = { get then() { throw new Error('getter threw'); } };
Promise.resolve(getterThrows).catch((e) => log('rejected ' + e.message));
const p = Promise.resolve(7);
console.log(Promise.resolve(p) === p, new Promise((r) => r(p)) === p);
log('sync end');
