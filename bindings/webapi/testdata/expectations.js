// Table of cases for webapi's tests. Run with Node v20 it prints the expected results:
//
//   node expectations.js > expectations.json
//
// (every expectation in expectations.json was produced that way, by node v20.20.2);
// webapi_test.go runs the same file in goja and compares case by case. Cases whose
// Node result is random or known to differ on purpose are not here.
'use strict';

function ser(v, seen = new Map()) {
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'string': return JSON.stringify(v);
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': return `[Function ${v.name}]`;
  }
  if (v === null) return 'null';
  if (seen.has(v)) return `<ref ${seen.get(v)}>`;
  seen.set(v, seen.size);
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  const proto = Object.getPrototypeOf(v);
  const ctor = proto === null ? 'null' : (Object.getOwnPropertyDescriptor(proto, 'constructor')?.value?.name ?? '?');
  const body = [];
  let skipIndices = false;
  if (Array.isArray(v)) {
    skipIndices = true;
    body.push(`length=${v.length}`);
    for (let i = 0; i < v.length && i < 50; i++) body.push(i in v ? ser(v[i], seen) : '<hole>');
  } else if (v instanceof Map) {
    for (const [k, x] of v) body.push(`${ser(k, seen)}=>${ser(x, seen)}`);
  } else if (v instanceof Set) {
    for (const x of v) body.push(ser(x, seen));
  } else if (v instanceof Date) {
    body.push(Number.isNaN(v.getTime()) ? 'Invalid' : v.toISOString());
  } else if (v instanceof RegExp) {
    body.push(v.source, v.flags, `lastIndex=${v.lastIndex}`);
  } else if (v instanceof ArrayBuffer) {
    body.push(`byteLength=${v.byteLength}`, `[${[...new Uint8Array(v)].join(',')}]`);
  } else if (ArrayBuffer.isView(v)) {
    skipIndices = true;
    body.push(`offset=${v.byteOffset}`, `byteLength=${v.byteLength}`);
    if (!(v instanceof DataView)) body.push(`[${Array.from(v, String).join(',')}]`);
    body.push(`buffer=${ser(v.buffer, seen)}`);
  } else if (v instanceof Error) {
    body.push(`name=${v.name}`, `message=${JSON.stringify(v.message)}`,
      `own=${Object.getOwnPropertyNames(v).filter((k) => k !== 'stack').join('/')}`,
      `stack=${typeof v.stack}`);
    if ('cause' in v) body.push(`cause=${ser(v.cause, seen)}`);
  } else if (['Number', 'String', 'Boolean', 'BigInt'].includes(tag) && typeof v.valueOf() !== 'object') {
    body.push(`value=${ser(v.valueOf(), seen)}`);
    skipIndices = tag === 'String';
  }
  for (const k of Object.keys(v)) {
    if (skipIndices && String(k >>> 0) === k) continue;
    body.push(`${k}:${ser(v[k], seen)}`);
  }
  return `${ctor}<${tag}>{${body.join(', ')}}`;
}

function run(fn) {
  try {
    return ser(fn());
  } catch (e) {
    if (e === null || typeof e !== 'object') return `THROW ${ser(e)}`;
    return `THROW ${e.name} ${e.code} ${JSON.stringify(e.message)}${e instanceof DOMException ? ' DOMException' : ''}`;
  }
}

const cases = {};
const c = (label, fn) => { cases[label] = run(fn); };
const sc = structuredClone;

// --- structuredClone ---
c('clone primitives', () => [sc(1), sc(-0), sc(NaN), sc('s'), sc(true), sc(null), sc(undefined), sc(10n), sc('\ud800')]);
c('clone no args', () => sc());
c('clone boxed', () => [sc(new Number(-0)), sc(new String('ab')), sc(new Boolean(false)), sc(Object(5n))]);
c('clone boxed props', () => { const s = new String('ab'); s.x = 1; return sc(s); });
c('clone date', () => { const d = new Date(5); d.x = 1; return [sc(d), sc(new Date(NaN))]; });
c('clone regexp', () => { const r = /a(b)c/gimsuy; r.lastIndex = 3; r.x = 1; return sc(r); });
c('clone object', () => sc({ b: 1, 2: 'two', a: { nested: [1, 'x'] }, 1: 'one' }));
c('clone proto dropped', () => { class A { constructor() { this.y = 2; } get z() { return 3; } } return sc(new A()); });
c('clone private fields', () => sc(new (class { #x = 1; y = 2; })()));
c('clone null proto', () => { const o = Object.create(null); o.a = 1; return sc(o); });
c('clone __proto__ key', () => { const o = JSON.parse('{"__proto__": {"x": 1}, "y": 2}'); const r = sc(o); return [r, Object.getPrototypeOf(r) === Object.prototype, Object.keys(r)]; });
c('clone symbol keys dropped', () => sc({ [Symbol('s')]: 1, a: 2 }));
c('clone nonenumerable dropped', () => { const o = { a: 1 }; Object.defineProperty(o, 'b', { value: 2 }); return sc(o); });
c('clone getter once', () => { let n = 0; const o = { get a() { n++; return n; }, b: 2 }; const r = sc(o); return [r, n, Object.getOwnPropertyDescriptor(r, 'a').value]; });
c('clone getter deletes later key', () => sc({ get a() { delete this.b; return 1; }, b: 2, c: 3 }));
c('clone getter adds key', () => sc({ get a() { this.z = 9; return 1; }, b: 2 }));
c('clone getter throws', () => sc({ get a() { throw new RangeError('boom'); } }));
c('clone sparse', () => { const a = [1, , 3]; a[10] = 5; const r = sc(a); return [r, r.length, 1 in r]; });
c('clone sparse big', () => { const a = []; a[1000000] = 1; const r = sc(a); return [r.length, Object.keys(r)]; });
c('clone array props', () => { const a = [1, 2]; a.x = 'y'; a[-1] = 3; const r = sc(a); return [r, r.x, r[-1]]; });
c('clone array holes', () => sc(new Array(5)));
c('clone array getter shrinks', () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { get() { a.length = 1; return 'g'; }, enumerable: true }); return sc(a); });
c('clone map', () => { const k = { a: 1 }; const m = new Map([[k, k], [NaN, 'nan'], [1, [k]]]); m.x = 1; const r = sc(m); const [[rk, rv]] = r; return [r, rk === rv, r.x]; });
c('clone set', () => { const k = { a: 1 }; const r = sc([new Set([k, 1, 'a']), k]); return [r, [...r[0]][0] === r[1]]; });
c('clone map snapshot', () => { const m = new Map([[1, { get a() { m.set(2, 2); m.delete(1); return 'a'; } }], [3, 3]]); return sc(m); });
c('clone arraybuffer', () => { const ab = new ArrayBuffer(4); new Uint8Array(ab).set([1, 2, 3, 4]); ab.x = 1; const r = sc(ab); return [r, r !== ab, r.x]; });
c('clone views share buffer', () => { const ab = new ArrayBuffer(8); const u = new Uint8Array(ab, 2, 3); const d = new DataView(ab, 1, 4); u[0] = 7; const r = sc({ ab, u, d }); return [r, r.u.buffer === r.ab, r.d.buffer === r.ab]; });
c('clone view alone', () => { const u = new Uint16Array(new ArrayBuffer(8), 2, 1); u[0] = 513; return sc(u); });
c('clone typed array kinds', () => [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array].map((C) => sc(new C(2))));
c('clone view props dropped', () => { const u = new Uint8Array(2); u.x = 1; return sc(u).x; });
c('clone cycles', () => { const o = { a: 1 }; o.self = o; o.arr = [o]; const m = new Map(); m.set(m, o); o.m = m; const r = sc(o); return [r.self === r, r.arr[0] === r, r.m.get(r.m) === r, r !== o]; });
c('clone shared refs', () => { const x = {}; const r = sc([x, x, { x }]); return [r[0] === r[1], r[2].x === r[0]]; });
c('clone deep', () => { let o = {}; const root = o; for (let i = 0; i < 500; i++) { o.a = {}; o = o.a; } sc(root); return 'ok'; });
c('clone too deep', () => { let o = {}; const root = o; for (let i = 0; i < 5000; i++) { o.a = {}; o = o.a; } sc(root); return 'ok'; });
c('clone errors', () => [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((E) => sc(new E('m'))));
c('clone error extras', () => { const e = new TypeError('m', { cause: 5 }); e.extra = 1; const r = sc(e); return [r, r.stack === e.stack, Object.getOwnPropertyDescriptor(r, 'message'), Object.getOwnPropertyDescriptor(r, 'cause')]; });
c('clone error renamed', () => { const e = new Error('m'); e.name = 'TypeError'; const r = sc(e); return [r.constructor.name, r.name]; });
c('clone error unknown name', () => { const e = new Error('m'); e.name = 'Foo'; return sc(e); });
c('clone error subclass', () => { class MyErr extends RangeError {} return sc(new MyErr('x')); });
c('clone error no message', () => sc(new RangeError()));
c('clone error message number', () => { const e = new Error('x'); e.message = 42; return sc(e); });
c('clone error message getter', () => { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { return 'y'; } }); return sc(e); });
c('clone error stack not string', () => { const e = new RangeError('x'); e.stack = 5; return [sc(e).stack]; });
c('clone error cause shared', () => { const o = {}; const e = new Error('x', { cause: o }); const r = sc({ e, o }); return r.e.cause === r.o; });
c('clone error cause cycle', () => { const e = new Error('x'); e.cause = e; return sc(e); });
c('clone error cause fn', () => sc(new Error('x', { cause: () => 1 })));
c('clone aggregate', () => sc(new AggregateError([1], 'x')));
c('clone fake error', () => { const e = Object.create(Error.prototype); e.message = 'x'; return sc(e); });
c('clone fn', () => sc(() => {}));
c('clone named fn', () => sc(function foo(a) { return a; }));
c('clone method', () => sc({ a: 1, f() {} }));
c('clone class', () => sc(class K {}));
c('clone symbol', () => sc(Symbol('foo')));
c('clone symbol anon', () => sc(Symbol()));
c('clone nested symbol', () => sc({ a: [1, { b: Symbol.iterator }] }));
c('clone symbol object', () => sc(Object(Symbol('foo'))));
c('clone weakmap', () => sc(new WeakMap()));
c('clone weakset', () => sc(new WeakSet()));
c('clone promise', () => sc(Promise.resolve()));
c('clone proxy', () => sc(new Proxy({}, {})));
c('clone proxy array', () => sc(new Proxy([], {})));
c('clone generator', () => sc((function* () {})()));
c('clone arguments', () => sc((function () { return arguments; })(1, 2)));
c('clone map iterator', () => sc(new Map().entries()));
c('clone math', () => sc(Math));
c('clone globalThis', () => sc(globalThis));
c('clone options null', () => sc(1, null));
c('clone options number', () => sc(1, 5));
c('clone transfer number', () => sc(1, { transfer: 5 }));
c('clone transfer string', () => sc(1, { transfer: 'ab' }));
c('clone transfer bad item', () => sc(1, { transfer: [5] }));
c('clone transfer view', () => { const u = new Uint8Array(4); return sc(u, { transfer: [u] }); });
c('clone transfer', () => { const ab = new ArrayBuffer(4); new Uint8Array(ab)[0] = 9; const r = sc(ab, { transfer: [ab] }); return [ab.byteLength, r]; });
c('clone transfer through view', () => { const ab = new ArrayBuffer(4); const u = new Uint8Array(ab); u[1] = 3; const r = sc(u, { transfer: [ab] }); return [ab.byteLength, r]; });
c('clone transfer unreferenced', () => { const ab = new ArrayBuffer(4); return [sc(1, { transfer: [ab] }), ab.byteLength]; });
c('clone transfer set', () => { const ab = new ArrayBuffer(4); return [sc(ab, { transfer: new Set([ab]) }), ab.byteLength]; });
c('clone transfer duplicate', () => { const ab = new ArrayBuffer(4); return sc(ab, { transfer: [ab, ab] }); });
c('clone transfer failed keeps buffer', () => { const ab = new ArrayBuffer(4); try { sc([ab, () => 1], { transfer: [ab] }); } catch (e) { return [e.message, ab.byteLength]; } });
c('clone detached', () => { const ab = new ArrayBuffer(4); sc(ab, { transfer: [ab] }); return sc(ab); });
c('clone detached view', () => { const ab = new ArrayBuffer(4); const u = new Uint8Array(ab); sc(ab, { transfer: [ab] }); return sc(u); });
c('clone transfer getter', () => { let n = 0; sc(1, { get transfer() { n++; return []; } }); return n; });
c('clone domexception', () => sc(new DOMException('m', 'DataCloneError')));
c('clone error code', () => { try { sc(() => {}); } catch (e) { return [e.name, e.code, e instanceof DOMException, e.constructor === DOMException]; } });
c('clone length and name', () => [structuredClone.length, structuredClone.name]);

// --- TextEncoder / TextDecoder ---
const bytes = (...b) => new Uint8Array(b);
const codePoints = (s) => Array.from(s, (ch) => ch.codePointAt(0).toString(16));
c('encoder basics', () => { const e = new TextEncoder(); return [e.encoding, e.encode('a\u00e9\ud800\u{1F600}'), e.encode(), e.encode(undefined), e.encode(null)]; });
c('encodeInto', () => { const u = new Uint8Array(5); return [new TextEncoder().encodeInto('a\u00e9\u{1F600}', u), u]; });
c('encodeInto surrogates', () => { const u = new Uint8Array(10); return [new TextEncoder().encodeInto('\ud800x\udc00', u), u]; });
c('encodeInto subarray', () => { const b = new Uint8Array(6); const r = new TextEncoder().encodeInto('hey', b.subarray(2, 4)); return [r, b]; });
c('encodeInto bad dest', () => new TextEncoder().encodeInto('a', []));
c('encodeInto u16 dest', () => new TextEncoder().encodeInto('a', new Uint16Array(2)));
c('encoder bad this', () => TextEncoder.prototype.encode.call({}, 'a'));
c('encoder proto', () => Object.getOwnPropertyNames(TextEncoder.prototype));
c('decoder proto', () => Object.getOwnPropertyNames(TextDecoder.prototype));
c('decoder tags', () => [Object.prototype.toString.call(new TextEncoder()), Object.prototype.toString.call(new TextDecoder())]);
c('decoder labels', () => ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'UTF-16LE', 'utf-16be', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252', 'shift_jis', 'sjis', 'gbk', 'gb2312', 'big5', 'euc-kr', 'euc-jp', 'iso-2022-jp', 'koi8-r', 'iso-8859-2', 'windows-1251', 'macintosh', 'ibm866', 'x-mac-cyrillic', 'gb18030', 'iso-8859-8-i'].map((l) => new TextDecoder(l).encoding));
c('decoder bad label', () => new TextDecoder('foo'));
c('decoder label whitespace', () => ['\u00a0utf-8', 'utf-8\u000b', 'utf-8\u0000', '\tutf-8\n', 'utf\u20138'].map((l) => run(() => new TextDecoder(l).encoding)));
c('decode single-byte C1', () => ['iso-8859-2', 'iso-8859-8', 'windows-1250', 'koi8-r', 'x-mac-cyrillic'].map((e) => codePoints(new TextDecoder(e).decode(bytes(0x80, 0x81, 0x9f, 0xa0, 0xc1)))));
c('decoder replacement', () => new TextDecoder('iso-2022-kr'));
c('decoder x-user-defined', () => new TextDecoder('x-user-defined'));
c('decoder bad options', () => new TextDecoder('utf-8', 5));
c('decoder options', () => { const d = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }); return [d.fatal, d.ignoreBOM]; });
c('decode utf8', () => codePoints(new TextDecoder().decode(bytes(0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80))));
c('decode maximal subparts', () => codePoints(new TextDecoder().decode(bytes(0xe2, 0x82, 0x41, 0xf0, 0x90, 0x80, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xff))));
c('decode bom', () => [codePoints(new TextDecoder().decode(bytes(0xef, 0xbb, 0xbf, 0x41))), codePoints(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41)))]);
c('decode bom once', () => { const d = new TextDecoder(); return [codePoints(d.decode(bytes(0xef, 0xbb), { stream: true }) + d.decode(bytes(0xbf, 0xef, 0xbb, 0xbf)))]; });
c('decode stream', () => { const d = new TextDecoder(); return [d.decode(bytes(0xe2, 0x82), { stream: true }), d.decode(bytes(0xac)), codePoints(d.decode(bytes(0xe2)))]; });
c('decode fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes(0xff)));
c('decode fatal truncated', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes(0xe2, 0x82)));
c('decode fatal ok', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes(0x41)));
c('decode utf16le', () => codePoints(new TextDecoder('utf-16le').decode(bytes(0xff, 0xfe, 0x41, 0, 0x3d, 0xd8, 0x00, 0xde, 0x00))));
c('decode utf16le lone', () => codePoints(new TextDecoder('utf-16le').decode(bytes(0x00, 0xdc, 0x00, 0xd8, 0x41, 0x00))));
c('decode utf16be', () => codePoints(new TextDecoder('utf-16be').decode(bytes(0xfe, 0xff, 0, 0x41, 0xd8, 0x3d, 0xde, 0x00))));
c('decode utf16 stream', () => { const d = new TextDecoder('utf-16le'); return [d.decode(bytes(0x3d), { stream: true }), d.decode(bytes(0xd8), { stream: true }), codePoints(d.decode(bytes(0, 0xde)))]; });
c('decode utf16 fatal', () => new TextDecoder('utf-16le', { fatal: true }).decode(bytes(0x00, 0xd8)));
c('decode latin1 ascii range', () => new TextDecoder('latin1').decode(bytes(0x41, 0x7e, 0xe9, 0xff)));
c('decode iso-8859-2', () => codePoints(new TextDecoder('iso-8859-2').decode(bytes(0x41, 0xa1, 0xff))));
c('decode iso-8859-3 fatal', () => new TextDecoder('iso-8859-3', { fatal: true }).decode(bytes(0xa5)));
c('decode shift_jis', () => new TextDecoder('shift_jis').decode(bytes(0x82, 0xa0, 0x41)));
c('decode gbk', () => new TextDecoder('gbk').decode(bytes(0xc4, 0xe3, 0xba, 0xc3)));
c('decode big5', () => new TextDecoder('big5').decode(bytes(0xa4, 0xa4)));
c('decode euc-kr', () => new TextDecoder('euc-kr').decode(bytes(0xb0, 0xa1)));
c('decode koi8-r', () => new TextDecoder('koi8-r').decode(bytes(0xc1, 0xc2)));
c('decode windows-1251', () => new TextDecoder('windows-1251').decode(bytes(0xc0, 0xff)));
c('decode inputs', () => { const d = new TextDecoder(); const ab = bytes(104, 105).buffer; return [d.decode(ab), d.decode(new DataView(ab)), d.decode(new Uint16Array([0x6968])), d.decode(bytes(0, 104, 105, 0).subarray(1, 3)), d.decode(), d.decode(undefined)]; });
c('decode bad input', () => new TextDecoder().decode('abc'));
c('decode null', () => new TextDecoder().decode(null));
c('decode bad this', () => TextDecoder.prototype.decode.call({}, bytes(1)));
c('decoder getter bad this', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));

// --- atob / btoa ---
for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'ab==', 'ab=', 'abc=', 'a===', 'ab=c', ' a b c d ', 'ab\fcd', 'ab\vcd', 'ä', '////', '-_', 'YQ', 'YR', 'YR==', 'undefined', 'abcde', '=', '==', 'ab==\n', 'ab\n==', 'ab= =', 'SGVsbG8sIFdvcmxkIQ==']) {
  c(`atob ${JSON.stringify(s)}`, () => atob(s));
}
c('atob null', () => atob(null));
c('atob undefined', () => atob(undefined));
c('atob none', () => atob());
c('atob symbol', () => atob(Symbol('x')));
c('atob object', () => atob({ toString() { return 'YQ=='; } }));
c('atob bytes', () => Array.from(atob('AAEC/f7/'), (ch) => ch.charCodeAt(0)));
for (const s of ['', 'a', 'ab', 'abc', '\xff\xfe', '\u0100', '\u{1F600}', 'undefined', 'Hello, World!']) {
  c(`btoa ${JSON.stringify(s)}`, () => btoa(s));
}
c('btoa none', () => btoa());
c('btoa number', () => btoa(12));
c('atob btoa length', () => [atob.length, btoa.length, atob.name, btoa.name]);

// --- crypto ---
const crypto_ = require('crypto');
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
c('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
c('getRandomValues dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
c('getRandomValues too big', () => crypto.getRandomValues(new Uint8Array(65537)));
c('getRandomValues max', () => { const a = new Uint32Array(16384); return crypto.getRandomValues(a) === a; });
c('getRandomValues array', () => crypto.getRandomValues([1]));
c('getRandomValues none', () => crypto.getRandomValues());
c('getRandomValues bad this', () => crypto.getRandomValues.call({}, new Uint8Array(1)));
c('getRandomValues kinds', () => [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array].map((C) => crypto.getRandomValues(new C(3)).length));
c('getRandomValues fills', () => { const a = new Uint8Array(64); crypto.getRandomValues(a); return a.some((x) => x !== 0); });
c('getRandomValues subarray', () => { const a = new Uint8Array(64); crypto.getRandomValues(a.subarray(8, 16)); return [a.slice(0, 8).every((x) => x === 0), a.slice(16).every((x) => x === 0)]; });
c('randomUUID', () => [uuidRe.test(crypto.randomUUID()), crypto.randomUUID() !== crypto.randomUUID()]);
c('randomUUID bad this', () => crypto.randomUUID.call({}));
c('Crypto illegal', () => new Crypto());
c('crypto shape', () => [Object.prototype.toString.call(crypto), crypto instanceof Crypto, crypto.getRandomValues.length, crypto.randomUUID.length]);
c('crypto module webcrypto', () => [crypto_.webcrypto === crypto, crypto_.getRandomValues(new Uint8Array(2)).length, uuidRe.test(crypto_.randomUUID())]);
c('randomUUID options', () => crypto_.randomUUID(5));
c('randomBytes sizes', () => [crypto_.randomBytes(8).length, crypto_.randomBytes(0).length, crypto_.randomBytes(8) instanceof Uint8Array]);
c('randomBytes negative', () => crypto_.randomBytes(-1));
c('randomBytes string', () => crypto_.randomBytes('a'));
c('randomBytes huge', () => crypto_.randomBytes(2 ** 31));
c('randomBytes bad callback', () => crypto_.randomBytes(4, 5));
c('randomInt range', () => { for (let i = 0; i < 200; i++) { const v = crypto_.randomInt(3, 7); if (!(Number.isInteger(v) && v >= 3 && v < 7)) return v; } return 'ok'; });
c('randomInt one arg', () => { const v = crypto_.randomInt(10); return v >= 0 && v < 10; });
c('randomInt empty range', () => crypto_.randomInt(5, 5));
c('randomInt fraction', () => crypto_.randomInt(1.5));
c('randomInt too big', () => crypto_.randomInt(2 ** 48 + 1));
c('randomInt range too big', () => crypto_.randomInt(0, 2 ** 48 + 1));
c('randomInt string', () => crypto_.randomInt('1'));
c('randomFillSync', () => { const a = new Uint8Array(8); crypto_.randomFillSync(a, 2, 4); return [a[0], a[1], a[6], a[7]]; });
c('randomFillSync bad offset', () => crypto_.randomFillSync(new Uint8Array(4), 5));
c('hashes', () => ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'SHA256', 'RSA-SHA256', 'sha256WithRSAEncryption'].map((a) => crypto_.createHash(a).update('abc').digest('hex')));
c('hash chained updates', () => crypto_.createHash('sha1').update('abc').update(new Uint8Array([100, 101, 102])).digest('base64'));
c('hash encodings out', () => { const d = () => crypto_.createHash('md5').update('a'); return [d().digest('hex'), d().digest('base64'), d().digest('base64url'), d().digest('latin1'), d().digest('binary'), d().digest('ucs2'), d().digest('utf8'), d().digest('ascii')]; });
c('hash encodings in', () => ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'ucs2', 'utf16le'].map((e) => crypto_.createHash('md5').update('616263\u00e9', e).digest('hex')));
c('hash buffer digest', () => { const d = crypto_.createHash('sha256').update('a').digest(); return [d instanceof Uint8Array, d.length, d[0], d[31]]; });
c('hash views', () => [crypto_.createHash('md5').update(new DataView(new Uint8Array([97, 98, 99]).buffer)).digest('hex'), crypto_.createHash('md5').update(new Uint16Array([0x6261])).digest('hex')]);
c('hash bad data', () => crypto_.createHash('md5').update(5));
c('hash arraybuffer data', () => crypto_.createHash('md5').update(new ArrayBuffer(1)));
c('hash digest twice', () => { const h = crypto_.createHash('md5'); h.digest(); return h.digest(); });
c('hash update after digest', () => { const h = crypto_.createHash('md5'); h.digest(); return h.update('a'); });
c('hash copy', () => { const h = crypto_.createHash('sha256').update('a'); const h2 = h.copy(); h.update('b'); return [h.digest('hex'), h2.digest('hex')]; });
c('hash copy after digest', () => { const h = crypto_.createHash('sha256'); h.digest(); return h.copy(); });
c('hash unknown', () => crypto_.createHash('nope'));
c('hash bad algorithm type', () => crypto_.createHash(5));
c('hash without new', () => [crypto_.Hash('md5') instanceof crypto_.Hash, crypto_.createHash('md5') instanceof crypto_.Hash]);
c('hash one-shot', () => [crypto_.hash('sha1', 'abc'), crypto_.hash('md5', 'abc', 'base64')]);
c('hmac', () => [crypto_.createHmac('sha256', 'key').update('data').digest('hex'), crypto_.createHmac('sha1', new Uint8Array([107, 101, 121])).update('data').digest('base64'), crypto_.createHmac('md5', '').update('').digest('hex'), crypto_.createHmac('sha512', 'k'.repeat(200)).update('x').digest('hex')]);
c('hmac bad key', () => crypto_.createHmac('sha256', 5));
c('hmac no key', () => crypto_.createHmac('sha256'));
c('hmac bad digest', () => crypto_.createHmac('nope', 'k'));
c('hmac digest twice', () => { const h = crypto_.createHmac('md5', 'k'); h.digest(); return h.digest('hex'); });
c('timingSafeEqual', () => [crypto_.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), crypto_.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])), crypto_.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0]))]);
c('timingSafeEqual length', () => crypto_.timingSafeEqual(new Uint8Array(2), new Uint8Array(3)));
c('timingSafeEqual type', () => crypto_.timingSafeEqual('ab', 'ab'));
c('getHashes', () => ['md5', 'sha1', 'sha256', 'sha512'].map((h) => crypto_.getHashes().includes(h)));

// --- performance ---
c('perf mark', () => { const m = performance.mark('a', { startTime: 5, detail: { x: 1 } }); return [m.name, m.entryType, m.startTime, m.duration, m.detail, Object.prototype.toString.call(m)]; });
c('perf mark json', () => JSON.stringify(performance.mark('z', { startTime: 1, detail: 'd' })));
c('perf mark detail cloned', () => { const d = { a: 1 }; const m = performance.mark('y', { detail: d }); return [m.detail === d, m.detail]; });
c('perf mark no args', () => performance.mark());
c('perf mark negative', () => performance.mark('x', { startTime: -1 }));
c('perf mark bad startTime', () => performance.mark('x', { startTime: '5' }));
c('perf mark bad detail', () => performance.mark('x', { detail: () => 1 }));
c('perf mark bad options', () => performance.mark('x', 5));
c('perf mark name coerced', () => performance.mark(5).name);
c('perf new PerformanceMark', () => { const m = new PerformanceMark('q', { startTime: 3 }); return [m.name, m.startTime, performance.getEntriesByName('q').length]; });
c('perf illegal', () => [run(() => new PerformanceEntry()), run(() => new PerformanceMeasure()), run(() => new Performance()), run(() => new PerformanceMark())]);
c('perf measure', () => { performance.clearMarks(); performance.clearMeasures(); performance.mark('s', { startTime: 10 }); performance.mark('e', { startTime: 25.5 }); const m = performance.measure('m', 's', 'e'); return [m.name, m.entryType, m.startTime, m.duration, m.detail]; });
c('perf measure options', () => { const m = performance.measure('m2', { start: 1, end: 4, detail: 7 }); return [m.startTime, m.duration, m.detail]; });
c('perf measure duration', () => [performance.measure('m3', { start: 1, duration: 2 }).startTime, performance.measure('m3', { duration: 2, end: 10 }).startTime]);
c('perf measure all three', () => performance.measure('m3', { start: 1, duration: 2, end: 5 }));
c('perf measure end mark with options', () => performance.measure('m3', { start: 1 }, 'e'));
c('perf measure missing mark', () => performance.measure('m', 'nope'));
c('perf measure negative', () => performance.measure('m6', { start: -1 }));
c('perf measure default', () => performance.measure('m4').startTime);
c('perf entries', () => { performance.clearMarks(); performance.clearMeasures(); performance.mark('b', { startTime: 3 }); performance.mark('a', { startTime: 1 }); performance.measure('x', { start: 2, end: 3 }); return [performance.getEntries().map((e) => `${e.name}:${e.entryType}`), performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('x').length, performance.getEntriesByName('x', 'mark').length, performance.getEntriesByType('nope')]; });
c('perf entries missing args', () => [run(() => performance.getEntriesByName()), run(() => performance.getEntriesByType())]);
c('perf clear', () => { performance.clearMarks('a'); const a = performance.getEntriesByType('mark').map((e) => e.name); performance.clearMeasures(); return [a, performance.getEntriesByType('measure').length]; });
c('perf clearMarks forgets timing', () => { performance.mark('gone', { startTime: 1 }); performance.clearMarks('gone'); return performance.measure('q', 'gone'); });
c('perf shapes', () => [Object.prototype.toString.call(performance), performance instanceof Performance, Object.getPrototypeOf(PerformanceMark.prototype) === PerformanceEntry.prototype, Object.getOwnPropertyNames(PerformanceEntry.prototype), Object.getOwnPropertyNames(PerformanceMark.prototype), typeof performance.now(), typeof performance.timeOrigin, Object.keys(performance.toJSON())]);
c('perf now monotonic', () => { const a = performance.now(); const b = performance.now(); return b >= a && a >= 0; });

// --- URL ---
const urlCases = [
  ['http://example.com/a/b/../c/./d?x=1#f'], ['../x?y#z', 'http://a/b/c/d;p?q'], ['//h/p', 'https://a/b'],
  ['?q', 'http://a/b/c'], ['#f', 'http://a/b/c?q'], ['http://[::1]:8080/'], ['http://[2001:db8::1:0:0:1]/'],
  ['http://[::ffff:192.168.0.1]/'], ['http://0x7f.1/'], ['http://192.168.0.257/'], ['http://ExAmPlE.CoM/'],
  ['http://münchen.de/'], ['http://xn--mnchen-3ya.de/'], ['http://a b/'], ['http://a/ b?c d#e f'], ['http://a/%zz/ä?ä=ä#ä'],
  ['HTTP://a:80/'], ['https://a:443/'], ['ws://a:80/'], ['ftp://a:21/'], ['http://user:pa ss@a/'], ['http://user@:80'],
  ['file:///C:/x/../y'], ['file://host/share'], ['file:///tmp/a b'], ['mailto:someone@example.com'],
  ['data:text/plain,hello world'], ['javascript:alert(1)'], ['blob:https://a/uuid'], ['non-special://host/path/../x'],
  ['non-special:/path'], ['sc://ñ/'], ['http://a\\b\\c'], ['  http://a/  '], ['http://a/\tb\nc'], ['http://'], ['http:'],
  ['a'], ['http://a:99999/'], ['http://a/?%'], ['http://[1::2::3]/'], ['http://%41.com/'], ['http://a.com./'],
  ['http://1.2.3.4.5/'], ['http://4294967295/'], ['http://4294967296/'], ['http://a/?q=a+b&r=%20'], ["http://a/'\"<>`"],
  ["http://a/#'\"<>`"], ["http://a/?'\"<>`"], ["sc://a/?'\""], ['http://a/b?c', 'about:blank'], ['x', 'mailto:a@b'],
  ['http://xn--/'], ['http://☃.net/'], ['http://faß.de/'], ['http://a.b..c/'], ['http://%zz/'], ['http://a@b@c/'],
  ['https://:@a/'], ['https://a/%2e%2E/b'], ['https://a/b/%2e/c'], ['http://a/^'], ['sc:a b?c'], ['http://a/{}|'],
  ['http://1.2.3/'], ['http://0x100000000/'], ['http://[::1.2.3.4]/'], ['file:///C|/x'], ['file://localhost/x'],
  ['file:C:/a/../..'], ['http://ab%E2%98%83.com/'], ['http://xn--a.com/'], ['http://a.b.c.0x/'], ['http://09/'],
  ['https://ex%00ample.com'], ['http://@/'], ['sc://@/'], ['sc:///'], ['http:/\\\\a'], ['http://a/\u0000'],
  ['http://\u00AD.com/'], ['http://a\u200Db.com/'], ['http://-a-.com/'], ['http://A%2eb/'], ['sc://A%2eb/'], ['sc://a%/'],
  ['http://[::]/'], ['http://[0:0:0:0:0:0:0:1]/'], ['http://[1:0:0:2:0:0:0:3]/'], ['http://[1:2:3:4:5:6:7:8:9]/'],
  ['http://[::1:2:3:4:5:6:7]/'], ['http://[ff::1.2.3]/'], ['sc://[a]/'], ['http://\ud800/'], ['http://a/\ud800'],
  ['foo://ex:0/'], ['http://a:08/'], ['https://a:0443/'], ['b', 'file:///C:/x/y'], ['/b', 'file:///C:/x/y'],
  ['..', 'file:///C:/'], ['//h/x', 'file:///C:/'], ['?x', 'sc:opaque'], ['#x', 'sc:opaque'], ['\\x', 'http://a/b/'],
  ['http://a/b/c/../../../..'], ['sc:/a/../../b'], ['sc://h/./x/.'],
];
for (const [input, base] of urlCases) {
  c(`URL ${JSON.stringify(input)} ${base === undefined ? '' : JSON.stringify(base)}`, () => {
    const u = new URL(input, base);
    return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];
  });
}
c('URL invalid error', () => { try { new URL('x', 'y'); } catch (e) { return [e.name, e.code, e.message, e.input, e.base, Object.keys(e), e instanceof TypeError]; } });
c('URL invalid no base', () => { try { new URL('x'); } catch (e) { return [e.input, 'base' in e, String(e)]; } });
c('URL missing', () => new URL());
c('URL canParse', () => [URL.canParse('http://a'), URL.canParse('/a'), URL.canParse('/a', 'http://b'), URL.canParse('/a', 'nope')]);
c('URL canParse none', () => URL.canParse());
c('URL parse', () => [URL.parse('http://a/b') instanceof URL, URL.parse('http://a/b').href, URL.parse('nope'), URL.parse('b', 'http://a/')?.href]);
c('URL href setter invalid', () => { const u = new URL('http://a'); u.href = 'nope'; });
c('URL bad receiver', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
c('URL toJSON', () => JSON.stringify({ u: new URL('http://a/b c') }));
c('URL base object', () => new URL('b', new URL('http://a/x/y')).href);
c('URL coercion', () => [new URL({ toString() { return 'http://x/'; } }).href, String(new URL('http://a'))]);
c('URL prototype', () => [Object.getOwnPropertyNames(URL.prototype), Object.prototype.toString.call(new URL('http://a')), Object.keys(URL.prototype).length]);
c('URL setters', () => { const u = new URL('http://u:p@a.com:8080/p?q#h'); u.protocol = 'https'; u.username = 'x y'; u.password = ''; u.hostname = 'B.com'; u.port = '443'; u.pathname = 'a b/../c'; u.search = 'x y'; u.hash = 'z w'; return u.href; });
c('URL setters scheme change', () => { const u = new URL('http://a/'); u.protocol = 'file'; u.port = 'abc'; const h1 = u.href; u.port = '12ab'; u.host = 'c:99'; return [h1, u.href]; });
c('URL setters file', () => { const u = new URL('file:///x'); u.host = 'localhost'; u.username = 'x'; u.protocol = 'http'; return u.href; });
c('URL setters opaque', () => { const u = new URL('mailto:a@b'); u.pathname = 'x'; u.host = 'y'; u.protocol = 'http'; return u.href; });
c('URL port setter', () => { const u = new URL('http://a:1/'); u.port = ''; const a = u.href; u.port = 99999; const b = u.href; u.port = '  5'; const d = u.href; u.port = '8080abc'; return [a, b, d, u.href]; });
c('URL hash setter', () => { const u = new URL('http://a/#x'); u.hash = ''; const a = u.href; u.hash = '#'; return [a, u.href, u.hash]; });
c('URL search setter', () => { const u = new URL('http://a/?x'); u.search = ''; const a = u.href; u.search = '?'; return [a, u.href, u.search]; });
c('URL host setter empty', () => { const u = new URL('sc:/p'); u.host = ''; const a = u.href; const v = new URL('sc://h/p'); v.host = ''; return [a, v.href]; });
c('URL host setter port', () => { const u = new URL('http://a:1/'); u.host = 'b'; const a = u.href; u.host = 'c:2'; const b = u.href; u.hostname = 'd:3'; return [a, b, u.href]; });
c('searchParams live', () => { const u = new URL('http://x/?a=1'); const s = u.searchParams; s.append('b', '2 3'); const h1 = u.href; u.search = '?c=4'; return [h1, s.toString(), s === u.searchParams, u.href]; });
c('searchParams empties query', () => { const u = new URL('http://x/?a=1#f'); u.searchParams.delete('a'); return u.href; });
c('searchParams href setter', () => { const u = new URL('http://x/?a=1'); const s = u.searchParams; u.href = 'http://y/?b=2'; return s.get('b'); });
c('URLSearchParams init', () => [new URLSearchParams(null).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams(5).toString(), new URLSearchParams('?a=1&&b=%zz&c=%41+x&=&d').toString(), new URLSearchParams([['a', 1], ['b', 2]]).toString(), new URLSearchParams({ a: 1, b: 'x y', 'é': '\ud800' }).toString(), new URLSearchParams(new URLSearchParams('a=1')).toString(), new URLSearchParams(new Map([['m', 'n']])).toString()]);
c('URLSearchParams bad pair', () => new URLSearchParams([['a']]));
c('URLSearchParams bad pair 2', () => new URLSearchParams([1]));
c('URLSearchParams not iterable', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
c('URLSearchParams methods', () => { const p = new URLSearchParams('a=1&b=2&a=3'); const r = [p.get('a'), p.getAll('a'), p.get('z'), p.has('b'), p.has('a', '3'), p.has('a', '4'), p.size]; p.set('a', 'x'); r.push(p.toString()); p.delete('b'); r.push(p.toString()); p.append('c', 'd e'); p.delete('c', 'nope'); r.push(p.toString()); return r; });
c('URLSearchParams missing args', () => [run(() => new URLSearchParams().append('a')), run(() => new URLSearchParams().get()), run(() => new URLSearchParams().set('a')), run(() => new URLSearchParams().has())]);
c('URLSearchParams sort', () => { const u = new URLSearchParams('z=1&a=2&\uFFFD=3&\u{1F600}=4&a=0'); u.sort(); return u.toString(); });
c('URLSearchParams serialize', () => new URLSearchParams({ k: "!'()*~-._ +=&/é" }).toString());
c('URLSearchParams iterate', () => { const p = new URLSearchParams('a=1&b=2'); return [[...p], [...p.keys()], [...p.values()], [...p.entries()], Object.prototype.toString.call(p.entries()), Object.getOwnPropertyNames(Object.getPrototypeOf(p.entries()))]; });
c('URLSearchParams forEach', () => { const out = []; new URLSearchParams('a=1&b=2').forEach(function (v, k, o) { out.push([v, k, o instanceof URLSearchParams, typeof this]); }, 'T'); return out; });
c('URLSearchParams forEach bad', () => new URLSearchParams('a=1').forEach(5));
c('URLSearchParams prototype', () => Object.getOwnPropertyNames(URLSearchParams.prototype));
const urlMod = require('url');
c('url domainToASCII', () => [urlMod.domainToASCII('español.com'), urlMod.domainToASCII('xn--iñvalid.com'), urlMod.domainToUnicode('xn--espaol-zwa.com'), urlMod.domainToUnicode('xn--iñvalid.com')]);
c('url fileURLToPath', () => [urlMod.fileURLToPath('file:///a/b%20c'), urlMod.pathToFileURL('/a/b c#?%').href, urlMod.fileURLToPath(new URL('file:///x/%C3%A9'))]);
c('url fileURLToPath bad scheme', () => urlMod.fileURLToPath('http://a'));
c('url fileURLToPath host', () => urlMod.fileURLToPath('file://host/a'));
c('url fileURLToPath encoded slash', () => urlMod.fileURLToPath('file:///a%2fb'));
c('url module classes', () => [urlMod.URL === URL, urlMod.URLSearchParams === URLSearchParams]);

const report = typeof __report === 'function' ? __report : (r) => console.log(JSON.stringify(r, null, 1));
report(cases);
