// DOMException has name/message/code with the legacy code table, constants on the class and prototype, and is an Error.
const e = new DOMException('msg', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error, String(e));
console.log(Object.prototype.toString.call(e), Object.keys(e).length);
for (const n of ['IndexSizeError', 'SyntaxError', 'NotFoundError', 'InvalidStateError', 'NetworkError', 'TimeoutError', 'DataCloneError', 'QuotaExceededError', 'EncodingError', 'Whatever']) {
  console.log(n, new DOMException('', n).code);
}
const d = new DOMException();
console.log(JSON.stringify(d.name), JSON.stringify(d.message), d.code);
console.log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, e.INDEX_SIZE_ERR, DOMException.prototype.SYNTAX_ERR);
const c = new DOMException('with cause', { name: 'DataCloneError', cause: 'root' });
console.log(c.name, c.code, c.cause, Object.keys(c).length);
const n = new DOMException(42, { });
console.log(n.name, n.message);
console.log(typeof e.stack, e.stack.split('\n')[0]);
try { DOMException(); } catch (err) { console.log('call without new', err instanceof TypeError); }
class MyDE extends DOMException {}
const m = new MyDE('sub', 'NotFoundError');
console.log(m instanceof MyDE, m instanceof DOMException, m.code, m.name);
