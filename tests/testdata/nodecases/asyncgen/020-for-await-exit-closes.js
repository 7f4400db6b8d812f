// Leaving a for await early by break, return or throw calls the iterator's return() and awaits it, so the generator's finally (with its awaits) runs before the code after the loop.
const log = (s) => console.log(s);
async function* gen(name) {
  try {
    yield name + 1;
    yield name + 2;
  } finally {
    log(name + ' finally');
    await null;
    log(name + ' finally after await');
  }
}
async function withBreak() {
  for await (const v of gen('break')) { log('got ' + v); break; }
  log('after break loop');
}
async function withReturn() {
  for await (const v of gen('return')) { log('got ' + v); return 'returned'; }
}
async function withThrow() {
  for await (const v of gen('throw')) { log('got ' + v); throw new Error('thrown'); }
}
(async () => {
  await withBreak();
  log(await withReturn());
  try {
    await withThrow();
  } catch (e) {
    log('caught ' + e.message);
  }
  outer: for await (const a of gen('outer')) {
    for await (const b of gen('inner')) {
      log(a + ' ' + b);
      continue outer;
    }
  }
  log('labels done');
})();
