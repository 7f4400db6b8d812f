'use strict';
// Node's fs and fs/promises over jsloop's Go binding. Every binding operation takes a
// last argument req: undefined runs it now (the *Sync API, throwing its error), a
// function (err, result) runs it off the loop and calls back on the loop.

const {
  AbortError,
  makeError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
    ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
  },
  validateFunction, validateInteger, validateInt32, validateBoolean, validateObject,
  validateUint32, validateAbortSignal,
} = require('internal/errors');
const { Buffer } = require('buffer');
const EventEmitter = require('events');

const constants = binding.constants;
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  F_OK, R_OK, W_OK, X_OK, UV_DIRENT_DIR,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;

// ---- argument handling (lib/internal/fs/utils.js) ----

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isUint8Array(v) { return v instanceof Uint8Array; }
function isInt32(v) { return v === (v | 0); }

function isURL(self) {
  return Boolean(self && typeof self === 'object' && self.href && self.protocol &&
    self.auth === undefined && self.path === undefined);
}

function fileURLToPath(url) {
  if (typeof url === 'string') url = new URL(url);
  if (url.protocol !== 'file:') throw ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(p) { return isURL(p) ? fileURLToPath(p) : p; }

function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if ((typeof path === 'string' && path.includes('\u0000')) ||
      (typeof path !== 'string' && path.includes(0))) {
    throw ERR_INVALID_ARG_VALUE(propName, path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
}

// getValidatedPath returns the path as a string (a Buffer's bytes read as UTF-8).
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return typeof path === 'string' ? path : binding.decode(path, 'utf8');
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

function assertEncoding(encoding) {
  if (encoding && binding.normalizeEncoding(String(encoding)) === '') {
    throw ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw ERR_INVALID_ARG_VALUE(name, flags);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// getValidMode is the C++ check of access and copyFile modes.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number' || !isInt32(mode)) {
    throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return mode;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// encodingOf is the binding's encoding of options.encoding: '' for a Buffer.
function encodingOf(options) {
  const enc = options.encoding;
  if (enc == null || enc === 'buffer') return '';
  return binding.normalizeEncoding(String(enc));
}

function encodeName(name, options) {
  const enc = options && options.encoding;
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return name;
  if (enc === 'buffer') return binding.encode(name, 'utf8');
  return binding.decode(binding.encode(name, 'utf8'), enc);
}

function checkAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

let warnedRmdir = false;
function warnRmdirRecursive() {
  if (warnedRmdir) return;
  warnedRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

// ---- Stats and Dirent (lib/internal/fs/utils.js) ----

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function () { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function () { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function () { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function () { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function () { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function () { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function () { return this._checkModeProperty(S_IFSOCK); };

function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function (property) { return (this.mode & S_IFMT) === property; };

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function (property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// getStats makes Stats of the binding's array: ten integers, then seconds and
// nanoseconds of atime, mtime, ctime and birthtime.
function getStats(a, options) {
  if (options && options.bigint) {
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(BigInt(a[0]), BigInt(a[1]), BigInt(a[2]), BigInt(a[3]), BigInt(a[4]),
      BigInt(a[5]), BigInt(a[6]), BigInt(a[7]), BigInt(a[8]), BigInt(a[9]),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(10), ms(12), ms(14), ms(16));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function direntsOf(path, result, options) {
  const [names, types] = result;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(encodeName(names[i], options), types[i], path);
  return out;
}

function joinPath(a, b) { return a.endsWith('/') ? a + b : `${a}/${b}`; }

// ---- shared shapes of the three flavours ----

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// readdirRecursive is Node's breadth-first walk; step(dir, done) reads one directory
// with types, synchronously (done called at once) or not.
function readdirRecursive(base, options, step, finish) {
  const results = [];
  const queue = [base];
  let i = 0;
  const next = () => {
    if (i >= queue.length) return finish(null, results);
    const dir = queue[i++];
    step(dir, (err, res) => {
      if (err) return finish(err);
      const [names, types] = res;
      for (let j = 0; j < names.length; j++) {
        const full = joinPath(dir, names[j]);
        if (options.withFileTypes) results.push(new Dirent(encodeName(names[j], options), types[j], dir));
        else results.push(encodeName(full.slice(base.length + (base.endsWith('/') ? 0 : 1)), options));
        if (types[j] === UV_DIRENT_DIR) queue.push(full);
      }
      next();
    });
  };
  next();
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function rmOptions(options) {
  options = options === undefined ? {} : options;
  validateObject(options, 'options');
  const { recursive = false, force = false } = options;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  return { recursive, force };
}

function rmdirRecursive(options) {
  if (options === undefined) return false;
  validateObject(options, 'options');
  const recursive = options.recursive === undefined ? false : options.recursive;
  validateBoolean(recursive, 'options.recursive');
  if (recursive) warnRmdirRecursive();
  return recursive;
}

function validateData(data, name = 'data') {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function fileTarget(path) {
  return isInt32(path) ? getValidatedFd(path) : getValidatedPath(path);
}

function readFileEncoding(options) {
  if (options.encoding === 'buffer') throw ERR_UNKNOWN_ENCODING('buffer');
  return encodingOf(options);
}

// readArgs normalizes read(fd, buffer, offset, length, position) and
// read(fd, buffer, { offset, length, position }) into a call of the binding.
function readArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object' && !isArrayBufferView(offsetOrOptions)) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (!isArrayBufferView(buffer)) {
    throw ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) throw ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  // The binding addresses the view's own bytes, so the offset is the view's.
  return { offset, length, position: validPosition(position, length) };
}

function validPosition(position, length) {
  if (position == null) return -1;
  if (typeof position === 'bigint') position = Number(position);
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
    return position;
  }
  throw ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
}

// bufferWriteArgs normalizes write(fd, buffer, offset, length, position) and
// write(fd, buffer, { offset, length, position }).
function bufferWriteArgs(buffer, offset, length, position) {
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  if (length < 0) throw ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  return { buffer, offset, length, position: validPosition(position, length), value: buffer };
}

// stringWriteArgs is write(fd, string, position, encoding): the string's bytes.
function stringWriteArgs(string, position, encoding) {
  validateData(string, 'buffer');
  if (typeof position !== 'number' && typeof position !== 'bigint') {
    if (typeof position === 'string' && encoding === undefined) encoding = position;
    position = null;
  }
  encoding = encoding == null ? 'utf8' : encoding;
  assertEncoding(encoding);
  const bytes = binding.encode(string, String(encoding));
  return { buffer: bytes, offset: 0, length: bytes.length, position: validPosition(position), value: string };
}

function writeArgs(buffer, offsetOrOptions, length, position) {
  if (isArrayBufferView(buffer)) return bufferWriteArgs(buffer, offsetOrOptions, length, position);
  return stringWriteArgs(buffer, offsetOrOptions, length);
}

// ---- the synchronous API ----

const fs = module.exports;

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const enc = readFileEncoding(options);
  return binding.readFile(fileTarget(path), stringToFlags(options.flag), enc, undefined);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateData(data);
  const flag = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.writeFile(fileTarget(path), data, String(options.encoding || 'utf8'), flag, mode, undefined);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isInt32(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    let out, error;
    readdirRecursive(path, options, (dir, done) => {
      let r;
      try { r = binding.readdir(dir, true, undefined); } catch (e) { return done(e); }
      done(null, r);
    }, (err, res) => { error = err; out = res; });
    if (error) throw error;
    return out;
  }
  const result = binding.readdir(path, !!options.withFileTypes, undefined);
  if (options.withFileTypes) return direntsOf(path, result, options);
  return result.map((n) => encodeName(n, options));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  try {
    return getStats(binding.stat(path, undefined), options);
  } catch (e) {
    if (options.throwIfNoEntry === false && e && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  try {
    return getStats(binding.lstat(path, undefined), options);
  } catch (e) {
    if (options.throwIfNoEntry === false && e && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function fstatSync(fd, options = { bigint: false }) {
  return getStats(binding.fstat(getValidatedFd(fd), undefined), options);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  return binding.mkdir(getValidatedPath(path), mode, recursive, undefined);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix, undefined), options);
}

function rmSync(path, options) {
  const { recursive, force } = rmOptions(options);
  binding.rm(getValidatedPath(path), recursive, force, undefined);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  binding.rmdir(path, rmdirRecursive(options), undefined);
}

function unlinkSync(path) { binding.unlink(getValidatedPath(path), undefined); }

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, undefined);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 0), undefined);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, undefined);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, undefined);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.readlink(getValidatedPath(path, 'oldPath'), undefined), options);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, getValidMode(mode, F_OK), undefined);
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path, undefined);
}

function realpathSync(p, options) {
  options = getOptions(options);
  return encodeName(binding.realpath(getValidatedPath(p), false, undefined), options);
}
realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.realpath(getValidatedPath(path), true, undefined), options);
};

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'), undefined);
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'), undefined);
}

function truncateSync(path, len) {
  if (isInt32(path)) return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  binding.truncate(getValidatedPath(path), Math.max(0, len), undefined);
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  binding.ftruncate(getValidatedFd(fd), Math.max(0, len), undefined);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true, undefined);
}

function lutimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false, undefined);
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), undefined);
}

function fsyncSync(fd) { binding.fsync(getValidatedFd(fd), undefined); }

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), undefined);
}

function closeSync(fd) { binding.close(getValidatedFd(fd), undefined); }

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (offsetOrOptions !== undefined && offsetOrOptions !== null && typeof offsetOrOptions !== 'number' &&
      typeof offsetOrOptions !== 'object') {
    validateObject(offsetOrOptions, 'options', 1);
  }
  const a = readArgs(buffer, offsetOrOptions, length, position);
  if (a === null) return 0;
  return binding.read(fd, buffer, a.offset, a.length, a.position, undefined);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const a = writeArgs(buffer, offsetOrOptions, length, position);
  return binding.write(fd, a.buffer, a.offset, a.length, a.position, undefined);
}

// ---- the callback API ----

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = fileTarget(path);
  const enc = readFileEncoding(options);
  if (options.signal && options.signal.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: options.signal.reason }));
    return;
  }
  binding.readFile(target, stringToFlags(options.flag), enc, callback);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateData(data);
  const target = fileTarget(path);
  const flag = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (options.signal && options.signal.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: options.signal.reason }));
    return;
  }
  binding.writeFile(target, data, String(options.encoding || 'utf8'), flag, mode, callback);
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isInt32(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    readdirRecursive(path, options, (dir, done) => binding.readdir(dir, true, done), (err, res) => {
      if (err) callback(err);
      else callback(null, res);
    });
    return;
  }
  binding.readdir(path, !!options.withFileTypes, (err, result) => {
    if (err) return callback(err);
    if (options.withFileTypes) return callback(null, direntsOf(path, result, options));
    callback(null, result.map((n) => encodeName(n, options)));
  });
}

function statsCallback(callback, options) {
  return (err, a) => (err ? callback(err) : callback(null, getStats(a, options)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = maybeCallback(callback);
  binding.stat(getValidatedPath(path), statsCallback(callback, options));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = maybeCallback(callback);
  binding.lstat(getValidatedPath(path), statsCallback(callback, options));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = maybeCallback(callback);
  binding.fstat(getValidatedFd(fd), statsCallback(callback, options));
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, recursive ? callback : (err) => callback(err));
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, p) => (err ? callback(err) : callback(null, encodeName(p, options))));
}

function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  const { recursive, force } = rmOptions(options);
  binding.rm(getValidatedPath(path), recursive, force, callback);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.rmdir(path, rmdirRecursive(options), callback);
}

function unlink(path, callback) {
  callback = maybeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}

function rename(oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  callback = maybeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 0), callback);
}

function link(existingPath, newPath, callback) {
  callback = maybeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function symlink(target, path, type, callback) {
  callback = maybeCallback(typeof type === 'function' ? type : callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, callback);
}

function readlink(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.readlink(getValidatedPath(path, 'oldPath'),
    (err, s) => (err ? callback(err) : callback(null, encodeName(s, options))));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = F_OK; }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.access(path, getValidMode(mode, F_OK), callback);
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    return callback(false);
  }
  binding.exists(path, (err, ok) => callback(!err && ok));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) { return new Promise((resolve) => fs.exists(path, resolve)); },
});

function realpath(p, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.realpath(getValidatedPath(p), false,
    (err, s) => (err ? callback(err) : callback(null, encodeName(s, options))));
}
realpath.native = function realpath(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.realpath(getValidatedPath(path), true,
    (err, s) => (err ? callback(err) : callback(null, encodeName(s, options))));
};

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, maybeCallback(callback));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, maybeCallback(callback));
}

function truncate(path, len, callback) {
  if (isInt32(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; } else if (len === undefined) len = 0;
  validateInteger(len, 'len');
  callback = maybeCallback(callback);
  binding.truncate(getValidatedPath(path), Math.max(0, len), callback);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len), maybeCallback(callback));
}

function utimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true, callback);
}

function lutimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false, callback);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), maybeCallback(callback));
}

function fsync(fd, callback) { binding.fsync(getValidatedFd(fd), maybeCallback(callback)); }

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = maybeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function defaultCloseCallback(err) { if (err != null) throw err; }

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = maybeCallback(callback);
  binding.close(fd, callback);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', 1);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params || {});
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    offset = undefined;
    length = undefined;
    position = undefined;
    if (params !== null) {
      ({ offset = 0, length = (buffer ? buffer.byteLength : 0) - offset, position = null } = params || {});
    }
  }
  callback = maybeCallback(callback);
  const a = readArgs(buffer, offset, length, position);
  if (a === null) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, buffer, a.offset, a.length, a.position,
    (err, n) => (err ? callback(err) : callback(null, n, buffer)));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let a;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offsetOrOptions);
    const plain = (v) => (typeof v === 'function' ? undefined : v);
    a = bufferWriteArgs(buffer, plain(offsetOrOptions), plain(length), plain(position));
  } else {
    validateData(buffer, 'buffer');
    let pos = offsetOrOptions;
    let enc = length;
    if (typeof position !== 'function') {
      if (typeof offsetOrOptions === 'function') {
        position = offsetOrOptions;
        pos = null;
      } else {
        position = length;
      }
      enc = 'utf8';
    }
    callback = maybeCallback(position);
    a = stringWriteArgs(buffer, pos, enc);
  }
  binding.write(fd, a.buffer, a.offset, a.length, a.position,
    (err, written) => (err ? callback(err) : callback(null, written, a.value)));
}

// ---- fs/promises ----

function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return 0; }

  async read(bufferOrOptions, offsetOrOptions, length, position) {
    let buffer = bufferOrOptions;
    if (!isArrayBufferView(buffer)) {
      const opts = bufferOrOptions || {};
      buffer = opts.buffer || Buffer.alloc(16384);
      offsetOrOptions = { offset: opts.offset, length: opts.length, position: opts.position };
    }
    if (offsetOrOptions === undefined) offsetOrOptions = 0;
    const a = readArgs(buffer, offsetOrOptions, length, position);
    if (a === null) return { bytesRead: 0, buffer };
    const bytesRead = await call(binding.read, openFd(this, 'read'), buffer, a.offset, a.length, a.position);
    return { bytesRead, buffer };
  }

  async write(buffer, offsetOrOptions, length, position) {
    const a = writeArgs(buffer, offsetOrOptions, length, position);
    if (a.length === 0 && isArrayBufferView(buffer)) return { bytesWritten: 0, buffer };
    const bytesWritten = await call(binding.write, openFd(this, 'write'), a.buffer, a.offset, a.length, a.position);
    return { bytesWritten, buffer: a.value };
  }

  readFile(options) { return readFilePromise(this, options); }
  writeFile(data, options) { return writeFilePromise(this, data, options); }
  appendFile(data, options) { return appendFilePromise(this, data, options); }

  async stat(options = { bigint: false }) {
    return getStats(await call(binding.fstat, openFd(this, 'fstat')), options);
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    return call(binding.ftruncate, openFd(this, 'ftruncate'), Math.max(0, len)).then(() => undefined);
  }

  async chmod(mode) {
    return call(binding.fchmod, openFd(this, 'fchmod'), parseFileMode(mode, 'mode')).then(() => undefined);
  }

  async utimes(atime, mtime) {
    return call(binding.futimes, openFd(this, 'futimes'), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'))
      .then(() => undefined);
  }

  async sync() { return call(binding.fsync, openFd(this, 'fsync')).then(() => undefined); }
  async datasync() { return call(binding.fsync, openFd(this, 'fdatasync')).then(() => undefined); }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call(binding.close, fd).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }
}
if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function () { return this.close(); };
}

// openFd is a handle's descriptor, or Node's "file closed" error once it is closed.
function openFd(handle, syscall) {
  const fd = handle[kFd];
  if (fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
  return fd;
}


// validatedPathLater validates a path in an async function of its own, as Node's
// readFile and writeFile do through open: a bad path rejects a tick later.
async function validatedPathLater(path) { return getValidatedPath(path); }

async function readFilePromise(path, options) {
  options = getOptions(options, { flag: 'r' });
  const enc = readFileEncoding(options);
  const flag = stringToFlags(options.flag || 'r');
  checkAborted(options.signal);
  if (path instanceof FileHandle) return call(binding.readFile, openFd(path, 'readFile'), flag, enc);
  const result = await call(binding.readFile, await validatedPathLater(path), flag, enc);
  checkAborted(options.signal);
  return result;
}

async function writeFilePromise(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const encoding = String(options.encoding || 'utf8');
  const target = path instanceof FileHandle ? openFd(path, 'writeFile') : await validatedPathLater(path);
  checkAborted(options.signal);
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    if (data != null && (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function')) {
      const chunks = [];
      const push = (chunk) => {
        checkAborted(options.signal);
        chunks.push(typeof chunk === 'string' ? binding.encode(chunk, encoding) : chunk);
      };
      if (typeof data[Symbol.asyncIterator] === 'function') {
        const it = data[Symbol.asyncIterator]();
        for (let r = await it.next(); !r.done; r = await it.next()) push(r.value);
      } else {
        for (const chunk of data) push(await chunk);
      }
      data = Buffer.concat(chunks);
    } else {
      throw ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
    }
  }
  await call(binding.writeFile, target, data, encoding, flag, mode);
}

async function appendFilePromise(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || path instanceof FileHandle) options.flag = 'a';
  return writeFilePromise(path, data, options);
}

const promises = {
  constants,
  async access(path, mode = F_OK) {
    path = getValidatedPath(path);
    await call(binding.access, path, getValidMode(mode, F_OK));
  },
  async copyFile(src, dest, mode) {
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    await call(binding.copyFile, src, dest, getValidMode(mode, 0));
  },
  async open(path, flags, mode) {
    path = getValidatedPath(path);
    const flagsNumber = stringToFlags(flags);
    mode = parseFileMode(mode, 'mode', 0o666);
    return new FileHandle(await call(binding.open, path, flagsNumber, mode));
  },
  async rename(oldPath, newPath) {
    oldPath = getValidatedPath(oldPath, 'oldPath');
    newPath = getValidatedPath(newPath, 'newPath');
    await call(binding.rename, oldPath, newPath);
  },
  async truncate(path, len = 0) {
    validateInteger(len, 'len');
    await call(binding.truncate, getValidatedPath(path), Math.max(0, len));
  },
  async rm(path, options) {
    path = getValidatedPath(path);
    const { recursive, force } = rmOptions(options);
    await call(binding.rm, path, recursive, force);
  },
  async rmdir(path, options) {
    path = getValidatedPath(path);
    await call(binding.rmdir, path, rmdirRecursive(options));
  },
  async mkdir(path, options) {
    const { mode, recursive } = mkdirOptions(options);
    return call(binding.mkdir, getValidatedPath(path), mode, recursive);
  },
  async readdir(path, options) {
    options = readdirOptions(options);
    path = getValidatedPath(path);
    if (options.recursive) {
      return new Promise((resolve, reject) => {
        readdirRecursive(path, options, (dir, done) => binding.readdir(dir, true, done),
          (err, res) => (err ? reject(err) : resolve(res)));
      });
    }
    const result = await call(binding.readdir, path, !!options.withFileTypes);
    if (options.withFileTypes) return direntsOf(path, result, options);
    return result.map((n) => encodeName(n, options));
  },
  async readlink(path, options) {
    options = getOptions(options);
    return encodeName(await call(binding.readlink, getValidatedPath(path, 'oldPath')), options);
  },
  async symlink(target, path, type) {
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    await call(binding.symlink, target, path);
  },
  async lstat(path, options = { bigint: false }) {
    return getStats(await call(binding.lstat, getValidatedPath(path)), options);
  },
  async stat(path, options = { bigint: false }) {
    return getStats(await call(binding.stat, getValidatedPath(path)), options);
  },
  async link(existingPath, newPath) {
    existingPath = getValidatedPath(existingPath, 'existingPath');
    newPath = getValidatedPath(newPath, 'newPath');
    await call(binding.link, existingPath, newPath);
  },
  async unlink(path) {
    await call(binding.unlink, getValidatedPath(path));
  },
  async chmod(path, mode) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    await call(binding.chmod, path, mode);
  },
  async utimes(path, atime, mtime) {
    await call(binding.utimes, getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
  },
  async lutimes(path, atime, mtime) {
    await call(binding.utimes, getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
  },
  async realpath(path, options) {
    options = getOptions(options);
    return encodeName(await call(binding.realpath, getValidatedPath(path), true), options);
  },
  async mkdtemp(prefix, options) {
    options = getOptions(options);
    prefix = getValidatedPath(prefix, 'prefix');
    return encodeName(await call(binding.mkdtemp, prefix), options);
  },
  writeFile: writeFilePromise,
  appendFile: appendFilePromise,
  readFile: readFilePromise,
};
// Node's promise functions are named after the operation.
for (const [name, fn] of Object.entries(promises)) {
  if (typeof fn === 'function') Object.defineProperty(fn, 'name', { value: name });
}

Object.assign(fs, {
  appendFile, appendFileSync, access, accessSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, exists, existsSync, fchmod, fchmodSync, fstat, fstatSync, fsync, fsyncSync,
  ftruncate, ftruncateSync, futimes, futimesSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync,
  mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, read, readSync, readdir, readdirSync,
  readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync,
  rm, rmSync, rmdir, rmdirSync, stat, statSync, symlink, symlinkSync, truncate, truncateSync,
  unlink, unlinkSync, utimes, utimesSync, write, writeSync, writeFile, writeFileSync,
  fdatasync: fsync, fdatasyncSync: fsyncSync,
  Stats, Dirent, constants, promises,
  F_OK, R_OK, W_OK, X_OK,
});
Object.defineProperty(fs, 'FileHandle', { value: FileHandle, enumerable: false });
