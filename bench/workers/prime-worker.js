// A WorkerPool worker: each message is a [from, to) range, the answer its prime count.
const { parentPort } = require('worker_threads');
const { countPrimes } = require('./count.js');

parentPort.on('message', ([from, to]) => parentPort.postMessage(countPrimes(from, to)));
