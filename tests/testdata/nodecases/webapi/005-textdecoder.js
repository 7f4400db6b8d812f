// TextDecoder decodes UTF-8 and UTF-16 with replacement or fatal errors, BOM handling, streaming and the Encoding Standard's labels.
const bytes = (...b) => new Uint8Array(b);
const cps = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const d = new TextDecoder();
console.log(d, d.encoding, d.fatal, d.ignoreBOM);
console.log(new TextDecoder('UTF-16', { fatal: true, ignoreBOM: true }));
console.log(d.decode(bytes(0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80)));
console.log(cps(d.decode(bytes(0xe2, 0x82, 0x41, 0xf0, 0x90, 0x80, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xff))));
console.log(cps(d.decode(bytes(0xef, 0xbb, 0xbf, 0x41))), cps(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41))));
const s = new TextDecoder();
console.log(JSON.stringify([s.decode(bytes(0xe2, 0x82), { stream: true }), s.decode(bytes(0xac), { stream: true }), s.decode(bytes(0xe2))]));
console.log(cps(new TextDecoder('utf-16le').decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00))));
console.log(cps(new TextDecoder('utf-16be').decode(bytes(0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00))));
for (const label of ['utf8', ' Unicode-1-1-UTF-8 ', 'ucs-2', 'latin1', 'ascii', 'sjis', 'gb2312', 'big5', 'koi8-r', 'iso-8859-2']) {
  console.log(JSON.stringify(label), new TextDecoder(label).encoding);
}
console.log(new TextDecoder('shift_jis').decode(bytes(0x82, 0xa0, 0x82, 0xa2)), new TextDecoder('gbk').decode(bytes(0xc4, 0xe3, 0xba, 0xc3)));
for (const bad of [() => new TextDecoder('nope'), () => new TextDecoder('iso-2022-kr'), () => new TextDecoder('utf-8', { fatal: true }).decode(bytes(0xff)),
  () => d.decode('text'), () => new TextDecoder('utf8', 7)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(d.decode(), d.decode(new Uint16Array([0x6968]).buffer), d.decode(new DataView(bytes(0, 0x6f, 0x6b).buffer, 1)));
