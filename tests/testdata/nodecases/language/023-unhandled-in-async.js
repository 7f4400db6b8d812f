// An async function rejection nobody handles is reported via 'unhandledRejection' with the error and its promise.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise, promise === p);
});
async function fail() {
  await null;
  throw new Error('nobody catches');
}
const p = fail();
console.log('scheduled');
