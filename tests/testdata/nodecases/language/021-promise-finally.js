// finally passes through the value or reason, ignores its own return value, but a throw or rejected promise in it overrides.
const log = (s) => console.log(s);
Promise.resolve('v').finally(() => 'ignored').then((v) => log('passthrough ' + v));
Promise.reject(new Error('r')).finally(() => 'ignored').catch((e) => log('reason kept ' + e.message));
Promise.resolve('v').finally(() => { throw new Error('from finally'); }).catch((e) => log('override ' + e.message));
Promise.resolve('v').finally(() => Promise.reject(new Error('rejected in finally'))).catch((e) => log('override ' + e.message));
Promise.resolve('v').finally((...args) => log('finally args ' + args.length));
Promise.resolve('slow')
  .finally(() => new Promise((r) => setTimeout(r, 10)))
  .then((v) => log('waited for finally promise, got ' + v));
