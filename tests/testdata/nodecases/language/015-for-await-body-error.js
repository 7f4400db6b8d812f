// An error thrown in a for await body closes the generator (its finally runs) and then propagates to the enclosing catch.
async function* gen() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    console.log('gen finally');
  }
}
async function consume() {
  for await (const v of gen()) {
    console.log('body', v);
    throw new Error('body failed at ' + v);
  }
}
consume()
  .catch((e) => console.log('caught', e.message))
  .then(async () => {
    async function* failing() {
      yield 1;
      throw new RangeError('gen failed');
    }
    try {
      for await (const v of failing()) console.log('value', v);
    } catch (e) {
      console.log('caught from generator', e.name, e.message);
    }
  });
