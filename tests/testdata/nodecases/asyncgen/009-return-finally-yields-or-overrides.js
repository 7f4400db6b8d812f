// During return() a finally block may yield (the return request resolves with that value and the return resumes on the next request) or return a new value, which replaces the returned one.
const log = (s) => console.log(s);
async function* yields() {
  try {
    yield 'a';
  } finally {
    log('cleanup 1');
    yield 'from finally';
    log('cleanup 2');
  }
}
async function* overrides() {
  try {
    yield 'b';
  } finally {
    return 'replaced';
  }
}
(async () => {
  const g = yields();
  log(JSON.stringify(await g.next()));
  log('return -> ' + JSON.stringify(await g.return('r')));
  log('next -> ' + JSON.stringify(await g.next('n')));
  log('next -> ' + JSON.stringify(await g.next()));
  const h = overrides();
  log(JSON.stringify(await h.next()));
  log('return -> ' + JSON.stringify(await h.return('original')));
  log('next -> ' + JSON.stringify(await h.next()));
})();
