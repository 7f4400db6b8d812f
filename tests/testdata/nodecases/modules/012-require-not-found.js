// A missing module throws an Error with code MODULE_NOT_FOUND whose first message line names the request.
for (const req of ['./fixtures/does-not-exist', 'no-such-package-xyz', './fixtures/dir-missing/']) {
  try {
    require(req);
  } catch (e) {
    console.log(e instanceof Error, e.code, e.message.split('\n')[0]);
  }
}
