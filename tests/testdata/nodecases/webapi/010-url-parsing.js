// URL parses per the WHATWG URL Standard: relative resolution, special schemes, IPv4/IPv6 hosts, IDNA and percent-encoding.
const cases = [
  ['http://example.com/a/b/../c/./d?x=1#f'], ['../x?y#z', 'http://a/b/c/d;p?q'], ['//h/p', 'https://a/b'], ['?q', 'http://a/b/c'],
  ['http://[2001:db8::1:0:0:1]:8080/'], ['http://[::ffff:192.168.0.1]/'], ['http://0x7f.1/'], ['http://4294967295/'],
  ['http://münchen.de/'], ['http://faß.de/'], ['http://☃.net/'], ['http://ExAmPlE.CoM./'], ['http://a/ b?c d#e f'],
  ['http://a/%zz/ä?ä=ä#ä'], ["http://a/'\"<>`?'\"<>`#'\"<>`"], ['HTTP://a:80/'], ['https://a:0443/'], ['http://user:pa ss@a/'],
  ['file:///C:/x/../y'], ['file://localhost/x'], ['file:C|/a/../..'], ['mailto:someone@example.com'], ['blob:https://a/uuid'],
  ['non-special://host/path/../x'], ['sc://ñ/'], ['http://a\\b\\c'], ['  http://a/\tb\nc  '], ['x', 'mailto:a@b'],
  ['http://192.168.0.257/'], ['http://a b/'], ['a'], ['http://a:99999/'], ['http://[1::2::3]/'], ['http://xn--/'], ['http://%zz/'],
];
for (const [input, base] of cases) {
  try {
    const u = new URL(input, base);
    console.log(JSON.stringify(input), u.href, u.origin, u.host, u.pathname, u.search, u.hash);
  } catch (e) {
    console.log(JSON.stringify(input), e.name, e.code, e.message, e.input, e.base);
  }
}
console.log(URL.canParse('http://a'), URL.canParse('/a'), URL.canParse('/a', 'http://b'), URL.parse('nope'), URL.parse('/p', 'http://h').href);
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
