// Path functions treat non-ASCII characters and spaces as ordinary name characters.
const path = require('path');
for (const p of ['/tmp/dossier é/fichier ü.txt', 'наш/файл.тхт', '日本/語.md', ' a / b .c ', 'emoji/😀.png', 'a/b c/../d e']) {
  console.log(path.normalize(p), '|', path.dirname(p), '|', path.basename(p), '|', path.extname(p), '|', JSON.stringify(path.parse(p)));
}
console.log(path.relative('/tmp/é/ü', '/tmp/é/ö/x'));
