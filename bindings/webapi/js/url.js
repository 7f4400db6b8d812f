'use strict';
// URL and URLSearchParams (WHATWG URL Standard, parsed in Go), with Node v20's
// errors, inspection and the 'url' module's helpers.

const {
  makeError, codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_INVALID_URL },
  validateFunction, validateString,
} = require('errors');
const { urlParse, urlSet, paramsParse, paramsSerialize, toUSVString, domainToASCII: toASCII, domainToUnicode: toUnicode } = internal;

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// Component indexes of the arrays urlParse and urlSet return.
const HREF = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5, HOSTNAME = 6, PORT = 7,
  PATHNAME = 8, SEARCH = 9, HASH = 10;

function receiverError(name) {
  return new TypeError(`Receiver must be an instance of class ${name}`);
}

let setParamsURL, getParamsList, setParamsList, newParams;

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    setParamsURL = (p, url) => { p.#url = url; };
    getParamsList = (p) => p.#list;
    setParamsList = (p, list) => { p.#list = list; };
    newParams = (query, url) => {
      const p = new URLSearchParams();
      p.#list = query ? paramsParse(query) : [];
      p.#url = url;
      return p;
    };
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) throw ERR_INVALID_THIS('URLSearchParams');
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw makeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        for (const pair of init) {
          if (pair == null || typeof pair[Symbol.iterator] !== 'function') {
            throw makeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const p = [...pair];
          if (p.length !== 2) {
            throw makeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this.#list.push(toUSVString(`${p[0]}`), toUSVString(`${p[1]}`));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const k = toUSVString(key), v = toUSVString(`${init[key]}`);
            // A record's keys are unique after conversion: a later duplicate replaces.
            let found = false;
            for (let i = 0; i < this.#list.length; i += 2) {
              if (this.#list[i] === k) { this.#list[i + 1] = v; found = true; break; }
            }
            if (!found) this.#list.push(k, v);
          }
        }
      }
    } else {
      init = toUSVString(`${init}`);
      this.#list = paramsParse(init[0] === '?' ? init.slice(1) : init);
    }
  }

  #update() {
    if (this.#url !== null) this.#url[kUpdateQuery](paramsSerialize(this.#list));
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  // The methods take (...args) rather than read arguments.length: goja makes an arguments
  // object (some fifteen allocations) on every call of a function that mentions it.
  // Their lengths are set after the class.
  append(...args) {
    URLSearchParams.#check(this);
    if (args.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    const name = args[0], value = args[1];
    this.#list.push(toUSVString(`${name}`), toUSVString(`${value}`));
    this.#update();
  }

  delete(...args) {
    URLSearchParams.#check(this);
    if (args.length < 1) throw ERR_MISSING_ARGS('name');
    let name = args[0], value = args[1];
    const list = this.#list;
    name = toUSVString(`${name}`);
    if (value !== undefined) {
      value = toUSVString(`${value}`);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(...args) {
    URLSearchParams.#check(this);
    if (args.length < 1) throw ERR_MISSING_ARGS('name');
    let name = args[0];
    const list = this.#list;
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(...args) {
    URLSearchParams.#check(this);
    if (args.length < 1) throw ERR_MISSING_ARGS('name');
    let name = args[0];
    const list = this.#list;
    const values = [];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(...args) {
    URLSearchParams.#check(this);
    if (args.length < 1) throw ERR_MISSING_ARGS('name');
    let name = args[0], value = args[1];
    const list = this.#list;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(...args) {
    URLSearchParams.#check(this);
    if (args.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    let name = args[0], value = args[1];
    const list = this.#list;
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units of the names (what < compares).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return createIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return createIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return paramsSerialize(this.#list);
  }

  [kInspect](recurseTimes, ctx, inspect) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return typeof ctx?.stylize === 'function' ? ctx.stylize('[Object]', 'special') : '[Object]';
    }
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const strip = (s) => s.replace(/\u001b\[\d\d?m/g, '');
    const length = output.reduce((prev, cur) => prev + strip(cur).length + separator.length, -separator.length);
    const name = this.constructor?.name ?? 'URLSearchParams';
    if (length > (ctx?.breakLength ?? 80)) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
for (const n of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, n, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const [n, len] of [['append', 2], ['delete', 1], ['get', 1], ['getAll', 1], ['has', 1], ['set', 2]]) {
  Object.defineProperty(URLSearchParams.prototype[n], 'length', { value: len, configurable: true });
}

let isParamsIterator;
class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  static {
    isParamsIterator = (o) => o !== null && typeof o === 'object' && #target in o;
  }

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (!isParamsIterator(this)) throw ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = getParamsList(this.#target);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index], value = list[index + 1];
    return {
      value: this.#kind === 'key' ? name : this.#kind === 'value' ? value : [name, value],
      done: false,
    };
  }

  [kInspect](recurseTimes, ctx, inspect) {
    if (!isParamsIterator(this)) throw ERR_INVALID_THIS('URLSearchParamsIterator');
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = getParamsList(this.#target);
    const output = [];
    for (let i = this.#index; i + 1 < list.length; i += 2) {
      if (this.#kind === 'key') output.push(list[i]);
      else if (this.#kind === 'value') output.push(list[i + 1]);
      else output.push([list[i], list[i + 1]]);
    }
    const breakLn = inspect(output, innerOpts).includes('\n');
    const outputStrs = output.map((p) => inspect(p, innerOpts));
    const outputStr = breakLn ? `\n  ${outputStrs.join(',\n  ')}` : ` ${outputStrs.join(', ')}`;
    return `URLSearchParams Iterator {${outputStr} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, kIteratorProto);
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
// Node's iterator prototype has no visible constructor.
delete URLSearchParamsIterator.prototype.constructor;

function createIterator(target, kind) {
  return new URLSearchParamsIterator(target, kind);
}

const kUpdateQuery = Symbol('kUpdateQuery');

function parseOrThrow(input, base) {
  const c = base === undefined ? urlParse(input) : urlParse(input, base);
  if (c === null) throw ERR_INVALID_URL(input, base);
  return c;
}

let isURL;
class URL {
  #c;
  #searchParams = null;

  static {
    isURL = (o) => o !== null && typeof o === 'object' && #c in o;
  }

  static #check(self) {
    if (!isURL(self)) throw receiverError('URL');
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    input = toUSVString(`${input}`);
    if (base !== undefined) base = toUSVString(`${base}`);
    this.#c = parseOrThrow(input, base);
  }

  #set(which, value) {
    const c = urlSet(this.#c[HREF], which, toUSVString(`${value}`));
    if (c !== null) this.#c = c;
    return c;
  }

  [kUpdateQuery](query) {
    this.#set('query', query);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    input = toUSVString(`${input}`);
    if (base !== undefined) base = toUSVString(`${base}`);
    const c = base === undefined ? urlParse(input) : urlParse(input, base);
    if (c === null) return null;
    return Reflect.construct(URL, [input, base], new.target ?? URL);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    input = toUSVString(`${input}`);
    if (base !== undefined) base = toUSVString(`${base}`);
    return (base === undefined ? urlParse(input) : urlParse(input, base)) !== null;
  }

  toString() {
    URL.#check(this);
    return this.#c[HREF];
  }

  get href() {
    URL.#check(this);
    return this.#c[HREF];
  }

  set href(value) {
    URL.#check(this);
    value = toUSVString(`${value}`);
    const c = urlSet(this.#c[HREF], 'href', value);
    if (c === null) throw ERR_INVALID_URL(value);
    this.#c = c;
    if (this.#searchParams !== null) setParamsList(this.#searchParams, paramsParse(c[SEARCH].slice(1)));
  }

  get origin() { URL.#check(this); return this.#c[ORIGIN]; }

  get protocol() { URL.#check(this); return this.#c[PROTOCOL]; }

  set protocol(value) { URL.#check(this); this.#set('protocol', value); }

  get username() { URL.#check(this); return this.#c[USERNAME]; }

  set username(value) { URL.#check(this); this.#set('username', value); }

  get password() { URL.#check(this); return this.#c[PASSWORD]; }

  set password(value) { URL.#check(this); this.#set('password', value); }

  get host() { URL.#check(this); return this.#c[HOST]; }

  set host(value) { URL.#check(this); this.#set('host', value); }

  get hostname() { URL.#check(this); return this.#c[HOSTNAME]; }

  set hostname(value) { URL.#check(this); this.#set('hostname', value); }

  get port() { URL.#check(this); return this.#c[PORT]; }

  set port(value) { URL.#check(this); this.#set('port', value); }

  get pathname() { URL.#check(this); return this.#c[PATHNAME]; }

  set pathname(value) { URL.#check(this); this.#set('pathname', value); }

  get search() { URL.#check(this); return this.#c[SEARCH]; }

  set search(value) {
    URL.#check(this);
    const c = this.#set('search', value);
    if (c !== null && this.#searchParams !== null) setParamsList(this.#searchParams, paramsParse(c[SEARCH].slice(1)));
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) this.#searchParams = newParams(this.#c[SEARCH].slice(1), this);
    return this.#searchParams;
  }

  get hash() { URL.#check(this); return this.#c[HASH]; }

  set hash(value) { URL.#check(this); this.#set('hash', value); }

  toJSON() {
    URL.#check(this);
    return this.#c[HREF];
  }

  [kInspect](depth, opts, inspect) {
    URL.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor ?? URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }
}
for (const n of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, n, { enumerable: true });
}
for (const n of ['parse', 'canParse']) Object.defineProperty(URL, n, { enumerable: true });
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
// kUpdateQuery stays hidden from enumeration.
Object.defineProperty(URL.prototype, kUpdateQuery, { enumerable: false });

// --- the 'url' module's helpers ---

function domainToASCII(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  return toASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  return toUnicode(`${domain}`);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function encodePathChars(filepath) {
  if (filepath.includes('%')) filepath = filepath.replace(/%/g, '%25');
  if (filepath.includes('\\')) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.includes('\n')) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.includes('\r')) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.includes('\t')) filepath = filepath.replace(/\t/g, '%09');
  return filepath;
}

function pathToFileURL(filepath) {
  validateString(filepath, 'path');
  let resolved = filepath;
  if (filepath[0] !== '/') {
    const cwd = typeof process === 'object' && typeof process.cwd === 'function' ? process.cwd() : '/';
    resolved = `${cwd}/${filepath}`;
  }
  // Normalise like path.resolve: drop '.' and resolve '..' segments.
  const parts = [];
  for (const seg of resolved.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  resolved = `/${parts.join('/')}`;
  if ((filepath.endsWith('/') || filepath.endsWith('/.') || filepath === '.' || filepath === '') && resolved !== '/') {
    resolved += '/';
  }
  const outURL = new URL('file://');
  resolved = encodePathChars(resolved);
  if (resolved.includes('?')) resolved = resolved.replace(/\?/g, '%3F');
  if (resolved.includes('#')) resolved = resolved.replace(/#/g, '%23');
  outURL.pathname = resolved;
  return outURL;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

module.exports = {
  URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
};
