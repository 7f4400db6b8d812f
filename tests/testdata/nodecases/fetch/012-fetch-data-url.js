// fetch of data: URLs answers 200 OK with the URL's MIME type and its decoded body (percent-encoding or base64).
(async () => {
  const show = async (u) => {
    try {
      const r = await fetch(u);
      console.log(r.status, r.statusText, r.ok, r.type, r.redirected, JSON.stringify(r.url), r.headers.get('content-type'), JSON.stringify(await r.text()));
    } catch (e) {
      console.log(e.name, e.message, e.cause && e.cause.message);
    }
  };
  await show('data:text/plain,hello');
  await show('data:,plain%20default');
  await show('data:text/html;charset=utf-8,%3Cb%3Ecaf%C3%A9%3C%2Fb%3E');
  await show('data:;base64,aGVsbG8gd29ybGQ=');
  await show('data:application/json;base64,eyJhIjoxfQ');
  await show('data:text/plain;base64,bad!base64');
  await show('data:no-comma');
  await show('data:text/plain,with#fragment');
  const r = await fetch('data:application/octet-stream;base64,AAEC/w==');
  console.log(await r.bytes());
  const j = await fetch('data:application/json,{"k":[1,2]}');
  console.log(await j.json());
})();
