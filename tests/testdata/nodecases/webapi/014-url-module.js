// require('url') shares the URL classes and converts between paths and file URLs and between domain encodings.
const url = require('url');
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, require('node:url').URL === URL);
console.log(url.fileURLToPath('file:///a/b%20c'), url.fileURLToPath(new URL('file:///x/%C3%A9')));
console.log(url.pathToFileURL('/a/b c#?%').href, url.pathToFileURL('/tmp/dir/').href);
console.log(url.domainToASCII('español.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')), url.domainToUnicode('xn--espaol-zwa.com'));
for (const bad of ['http://a', 'file://host/a', 'file:///a%2fb']) {
  try { url.fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.urlToHttpOptions(new URL('https://u:p@[::1]:8443/p?q=1#h')));
