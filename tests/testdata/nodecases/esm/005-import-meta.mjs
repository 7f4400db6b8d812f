// import.meta.url is the module's file: URL and import.meta.filename/dirname are its path and folder.
import { fileURLToPath } from 'node:url';
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/005-import-meta.mjs'));
console.log(typeof import.meta.filename, typeof import.meta.dirname);
