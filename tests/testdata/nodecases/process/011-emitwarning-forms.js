// process.emitWarning builds an Error with name/message/code/detail from its string, type, code and options arguments and emits 'warning' asynchronously.
process.on('warning', (w) => {
  console.log('warning:', w instanceof Error, w.name, '|', w.message, '|', w.code, '|', w.detail);
});
process.emitWarning('plain message');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed code', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
const e = new Error('from error');
e.name = 'MyWarning';
process.emitWarning(e);
try {
  process.emitWarning(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log('sync end');
