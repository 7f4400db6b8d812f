// An ES module entry point starts an ES module worker (.mjs), which imports from
// 'node:worker_threads' and uses top-level await.
import { Worker } from 'node:worker_threads';

const w = new Worker(new URL('./esm-worker-helper.mjs', import.meta.url), { workerData: [2, 3, 4] });
w.on('message', (m) => console.log('from esm worker:', m));
w.on('exit', (code) => console.log('exit', code));
