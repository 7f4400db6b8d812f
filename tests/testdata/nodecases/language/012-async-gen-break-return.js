// Breaking out of for await over an async generator calls its return(): the generator's finally runs before the loop statement ends.
async function* gen() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('gen finally');
    await null;
    console.log('gen finally after await');
  }
}
(async () => {
  for await (const v of gen()) {
    console.log('got', v);
    if (v === 2) break;
  }
  console.log('after loop');
  const g = gen();
  console.log(JSON.stringify(await g.return('early')));
  console.log(JSON.stringify(await g.next()));
  const h = gen();
  console.log(JSON.stringify(await h.next()));
  console.log(JSON.stringify(await h.return('mid')));
  console.log(JSON.stringify(await h.next()));
})();
