// Several next() calls made without awaiting are queued and resolved in order, one per tick.
const { setInterval: every } = require('timers/promises');
const it = every(5, 'q');
const a = it.next();
const b = it.next();
const c = it.next();
Promise.all([a, b, c]).then((rs) => {
  console.log(rs.map((r) => `${r.value}:${r.done}`).join(' '));
  return it.return();
}).then((r) => console.log('returned', r.done));
