// The worker of 008-esm-worker.mjs (not a case of its own: it has no .stdout).
import { parentPort, workerData, isMainThread } from 'node:worker_threads';

const product = await Promise.resolve(workerData.reduce((a, b) => a * b, 1));
parentPort.postMessage({ isMainThread, product });
