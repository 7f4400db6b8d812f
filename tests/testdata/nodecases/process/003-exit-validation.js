// process.exit validates its argument like exitCode before exiting; a valid numeric string exits with that code.
for (const v of ['abc', 1.5, true]) {
  try {
    process.exit(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.on('exit', (code) => console.log('exit', code));
process.exit('4');
console.log('not reached');
