// __filename/__dirname are absolute paths of the current module (checked by basename); module.filename and module.id agree.
const path = require('path');
console.log(path.basename(__filename), path.basename(__dirname));
console.log(path.isAbsolute(__filename), path.isAbsolute(__dirname), path.dirname(__filename) === __dirname);
console.log(module.filename === __filename, module.id);
const info = require('./fixtures/main-check');
console.log(info.fileBase, info.dirBase, info.parentDirBase, info.idIsFilename, info.filenameMatches);
