// refresh() on a timeout that already fired re-arms it, both from inside its own callback and later from another timer.
let n = 0;
const t = setTimeout(function () {
  n++;
  console.log('fired', n);
  if (n < 3) this.refresh();
  else if (n === 3) setTimeout(() => { console.log('refresh from outside'); t.refresh(); }, 10);
}, 5);
process.on('exit', () => console.log('total', n));
