// An exception thrown while loading a module reaches the caller; the failed module is not cached, so requiring it again re-runs it.
try {
  require('./fixtures/throws');
} catch (e) {
  console.log('caught', e.message, globalThis.__throwsLoads);
}
const key = require('path').join(__dirname, 'fixtures', 'throws.js');
console.log(key in require.cache);
try {
  require('./fixtures/throws');
} catch (e) {
  console.log('caught again', e.message, globalThis.__throwsLoads);
}
