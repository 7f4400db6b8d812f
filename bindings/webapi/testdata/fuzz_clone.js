// Used by FuzzStructuredClone (fuzz_test.go): __input is the fuzz string. If it is
// JSON, the parsed data (enriched with Maps, Sets, Dates, typed arrays, errors, boxed
// values, holes and cycles) must clone to a deep-equal copy. Otherwise its bytes
// drive a small grammar that writes a JS expression (__snippet), which is evaluated
// and cloned: values containing something V8 refuses must throw a DataCloneError,
// the others must clone to a deep-equal copy.
(function () {
  'use strict';
  const defineValue = (o, k, v) => Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });

  function enrich(v, depth) {
    if (depth > 40) return v;
    if (Array.isArray(v)) {
      const a = v.map((x) => enrich(x, depth + 1));
      if (v[0] === 'set') return new Set(a);
      if (v[0] === 'u8') return new Uint8Array(a.filter((x) => typeof x === 'number'));
      if (v[0] === 'f64') return new Float64Array(a.filter((x) => typeof x === 'number'));
      if (a.length > 2) delete a[1];
      return a;
    }
    if (v !== null && typeof v === 'object') {
      const o = {};
      for (const k of Object.keys(v)) defineValue(o, k, enrich(v[k], depth + 1));
      if ('map' in v) return new Map(Object.entries(o));
      if ('date' in v) return new Date(typeof v.date === 'number' ? v.date : 0);
      if ('err' in v) return new RangeError(String(v.err), { cause: o });
      if ('box' in v) return Object(typeof v.box === 'object' ? 0 : v.box);
      if ('cycle' in v) o.cycle = o;
      return o;
    }
    return v;
  }

  // --- the snippet grammar ---
  const bytes = [];
  for (let i = 0; i < __input.length; i++) bytes.push(__input.charCodeAt(i) & 0xff);
  let pos = 0;
  const next = () => (pos < bytes.length ? bytes[pos++] : 0);
  let invalid = false;
  const strings = ['', 'a', 'é', '\ud800', '__proto__', 'constructor', '0', '1', 'length', 'toString', '\u{1F600}'];
  function str() { return JSON.stringify(strings[next() % strings.length] + (next() % 3 === 0 ? String(next()) : '')); }
  function num() {
    const b = next();
    return ['0', '-0', 'NaN', 'Infinity', '-Infinity', '1.5', '2**53', '-1'][b % 8] ?? '0';
  }
  function list(depth, n) {
    const items = [];
    for (let i = 0; i < n; i++) items.push(expr(depth + 1));
    return items;
  }
  function expr(depth) {
    if (depth > 5 || pos >= bytes.length) return num();
    const op = next() % 26;
    switch (op) {
      case 0: return num();
      case 1: return str();
      case 2: return ['true', 'false', 'null', 'undefined'][next() % 4];
      case 3: { const items = list(depth, next() % 4); if (items.length > 1) items.splice(1, 0, ''); return `[${items.join(', ')}]`; }
      // Keys are unique (a later duplicate would hide an earlier value), and computed,
      // so that "__proto__" is an own property rather than the prototype.
      case 4: return `({${list(depth, next() % 4).map((e, i) => `[${str()} + ${i}]: ${e}`).join(', ')}})`;
      case 5: return `new Map([${list(depth, next() % 3).map((e, i) => `[${next() % 2 ? i : `[${expr(depth + 1)}]`}, ${e}]`).join(', ')}])`;
      case 6: return `new Set([${list(depth, next() % 4).join(', ')}])`;
      case 7: return `new Date(${next() % 2 ? 'NaN' : next() * 1e9})`;
      case 8: return [`/a+b/g`, `/[x-z]/iy`, `/./su`, `new RegExp('q', 'm')`][next() % 4];
      case 9: {
        const kinds = ['Uint8Array', 'Int16Array', 'Float32Array', 'BigInt64Array', 'Uint8ClampedArray', 'DataView'];
        const k = kinds[next() % kinds.length];
        if (k === 'DataView') return `new DataView(new ArrayBuffer(${next() % 8 + 2}), 1)`;
        if (k === 'BigInt64Array') return `new BigInt64Array([${next()}n, -1n])`;
        return `new ${k}([${next()}, ${next()}, ${next()}])`;
      }
      case 10: return `(() => { const b = new ArrayBuffer(8); return [b, new Uint8Array(b, ${next() % 4}, 2), new Uint16Array(b)]; })()`;
      case 11: {
        const E = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'EvalError', 'URIError', 'ReferenceError', 'AggregateError'][next() % 8];
        if (E === 'AggregateError') return `new AggregateError([], ${str()})`;
        return next() % 2 ? `new ${E}(${str()}, { cause: ${expr(depth + 1)} })` : `new ${E}(${str()})`;
      }
      case 12: return `Object(${[num(), str(), 'true', '5n'][next() % 4]})`;
      case 13: return `${next()}n`;
      case 14: return `(() => { const o = ${expr(depth + 1)}; if (o !== null && typeof o === 'object' && Object.isExtensible(o)) o.self = o; return o; })()`;
      case 15: return `(() => { const x = ${expr(depth + 1)}; return [x, { x }, x]; })()`;
      case 16: invalid = true; return ['() => 1', 'function f() {}', 'class K {}', 'async () => {}'][next() % 4];
      case 17: invalid = true; return `Symbol(${str()})`;
      case 18: invalid = true; return ['new WeakMap()', 'new WeakSet()'][next() % 2];
      case 19: invalid = true; return 'Promise.resolve(1)';
      case 20: invalid = true; return 'new Proxy({}, {})';
      case 21: return `({ get g() { return ${expr(depth + 1)}; }, v: ${expr(depth + 1)} })`;
      case 22: return `new (class { #p = 1; constructor() { this.x = ${expr(depth + 1)}; } get y() { return 2; } })()`;
      case 23: return `(() => { const a = []; a[${next() * 7}] = ${expr(depth + 1)}; return a; })()`;
      case 24: return `(() => { const o = Object.create(null); o.k = ${expr(depth + 1)}; return o; })()`;
      default: return `(() => { const a = [${list(depth, 2).join(', ')}]; a.extra = ${expr(depth + 1)}; return a; })()`;
    }
  }

  // --- deep equality with structuredClone's semantics ---
  const seen = new Map();
  function eq(a, b, path) {
    const fail = (why) => { throw new Error(`clone differs at ${path}: ${why}`); };
    if (a === null || (typeof a !== 'object' && typeof a !== 'function')) {
      if (!Object.is(a, b)) fail(`${String(a)} vs ${String(b)}`);
      return;
    }
    if (b === null || typeof b !== 'object') fail('not an object');
    if (a === b) fail('same object');
    if (seen.has(a)) { if (seen.get(a) !== b) fail('reference structure'); return; }
    seen.set(a, b);
    const tag = Object.prototype.toString.call(a);
    if (a instanceof Error) {
      if (b.message !== a.message) fail('message');
      if (('cause' in a) !== ('cause' in b)) fail('cause presence');
      if ('cause' in a) eq(a.cause, b.cause, `${path}.cause`);
      return;
    }
    if (Object.prototype.toString.call(b) !== tag && !ArrayBuffer.isView(a)) fail(`tag ${tag} vs ${Object.prototype.toString.call(b)}`);
    if (a instanceof Map) {
      if (!(b instanceof Map) || a.size !== b.size) fail('map size');
      const ea = [...a], eb = [...b];
      ea.forEach(([k, v], i) => { eq(k, eb[i][0], `${path}.key${i}`); eq(v, eb[i][1], `${path}.val${i}`); });
      return;
    }
    if (a instanceof Set) {
      if (!(b instanceof Set) || a.size !== b.size) fail('set size');
      const ea = [...a], eb = [...b];
      ea.forEach((v, i) => eq(v, eb[i], `${path}.item${i}`));
      return;
    }
    if (a instanceof Date) { if (!Object.is(a.getTime(), b.getTime())) fail('date'); return; }
    if (a instanceof RegExp) { if (a.source !== b.source || a.flags !== b.flags || b.lastIndex !== 0) fail('regexp'); return; }
    if (a instanceof ArrayBuffer) {
      if (!(b instanceof ArrayBuffer) || a.byteLength !== b.byteLength) fail('buffer');
      const x = new Uint8Array(a), y = new Uint8Array(b);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) fail('buffer bytes');
      return;
    }
    if (ArrayBuffer.isView(a)) {
      if (Object.getPrototypeOf(Object.getPrototypeOf(b)) !== Object.getPrototypeOf(Object.getPrototypeOf(a)) ||
          a.byteOffset !== b.byteOffset || a.byteLength !== b.byteLength) fail('view');
      eq(a.buffer, b.buffer, `${path}.buffer`);
      return;
    }
    for (const C of [Number, String, Boolean, BigInt]) {
      if (tag === `[object ${C.name}]`) { if (!Object.is(C.prototype.valueOf.call(a), C.prototype.valueOf.call(b))) fail('boxed'); return; }
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) fail('array length');
    } else if (Object.getPrototypeOf(b) !== Object.prototype) {
      fail('prototype');
    }
    const ka = Object.keys(a), kb = Object.keys(b);
    if (ka.length !== kb.length) fail(`keys ${ka} vs ${kb}`);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) fail(`key ${ka[i]} vs ${kb[i]}`);
      if (Object.getOwnPropertyDescriptor(a, ka[i]).get) continue; // getters may return fresh values
      eq(a[ka[i]], b[kb[i]], `${path}.${ka[i]}`);
    }
  }

  let value, fromJSON = false;
  try {
    value = enrich(JSON.parse(__input), 0);
    fromJSON = true;
  } catch {
    globalThis.__snippet = expr(0);
    value = (0, eval)(`(${globalThis.__snippet})`);
  }
  let copy;
  try {
    copy = structuredClone(value);
  } catch (e) {
    if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') return 'too deep';
    if (!fromJSON && invalid && e instanceof DOMException && e.name === 'DataCloneError' && e.code === 25) return 'refused';
    if (!fromJSON && e instanceof Error && e.message === 'Unable to deserialize cloned data.') return 'refused';
    throw new Error(`unexpected ${e?.name}: ${e?.message} (invalid=${invalid})`);
  }
  if (invalid) throw new Error('cloned a value containing something uncloneable');
  eq(value, copy, '$');
  return 'ok';
})()
