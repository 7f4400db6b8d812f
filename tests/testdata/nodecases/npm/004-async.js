// async@3 (installed from npm): mapLimit, series, waterfall and parallel with callbacks and timers.
const async = require('async');
async.mapLimit([30, 10, 20], 2, (ms, cb) => setTimeout(() => cb(null, ms / 10), ms), (err, res) => {
  console.log('mapLimit', err, res.join(','));
  async.series([
    (cb) => setTimeout(() => { console.log('series 1'); cb(null, 'a'); }, 10),
    (cb) => setImmediate(() => { console.log('series 2'); cb(null, 'b'); }),
  ], (err2, r2) => {
    console.log('series', err2, r2.join(''));
    async.waterfall([
      (cb) => cb(null, 2),
      (n, cb) => setTimeout(() => cb(null, n * 21), 5),
    ], (err3, r3) => {
      console.log('waterfall', err3, r3);
      async.parallel({ x: (cb) => setTimeout(() => cb(null, 1), 15), y: (cb) => cb(new Error('y failed')) }, (err4, r4) => {
        console.log('parallel error', err4.message, JSON.stringify(r4));
      });
    });
  });
});
