// An unref'd interval does not keep the process alive, but it fires while a ref'd timer keeps the loop running.
let n = 0;
const iv = setInterval(() => { n++; }, 10);
iv.unref();
const lonely = setInterval(() => console.log('never'), 1000);
lonely.unref();
const t = setTimeout(() => console.log('unref timeout fired'), 5).unref();
setTimeout(() => console.log('ref timeout, interval ran', n > 0), 60);
process.on('exit', () => console.log('exit', iv.hasRef(), lonely.hasRef()));
