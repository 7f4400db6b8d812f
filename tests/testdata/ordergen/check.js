#!/usr/bin/env node
// Runs jsloop on the cases filter.js kept and compares with node's results.
//
//   node check.js JSLOOP_BIN DIR [JSLOOP_FLAGS...]
//
// For every DIR/S.js that has S.stdout it runs `JSLOOP_BIN [FLAGS] S.js` and
// compares stdout, exit code and the S.stderr lines (each must occur in stderr),
// as TestNodeCases does. Prints one line per mismatch (with a diff of stdout
// when it differs, written to DIR/S.jsloop) and a summary line; the seeds that
// passed go to DIR/pass.txt (or DIR/pass-<flags>.txt with flags).
'use strict';

const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const [bin, dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node check.js JSLOOP_BIN DIR [JSLOOP_FLAGS...]');
  process.exit(2);
}
const seeds = fs
  .readdirSync(dir)
  .filter((f) => /^\d+\.stdout$/.test(f))
  .map((f) => Number(f.split('.')[0]))
  .sort((a, b) => a - b);

function run(s) {
  return new Promise((resolve) => {
    const file = path.resolve(dir, `${s}.js`);
    execFile(bin, [...flags, file], { cwd: path.dirname(file), timeout: 30000 }, (err, stdout, stderr) => {
      resolve({ stdout, stderr, exit: err ? (typeof err.code === 'number' ? err.code : -1) : 0 });
    });
  });
}

async function main() {
  const pass = [];
  const fail = [];
  let i = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (i < seeds.length) {
        const s = seeds[i++];
        const base = path.join(dir, String(s));
        const got = await run(s);
        const wantOut = fs.readFileSync(`${base}.stdout`, 'utf8');
        const wantExit = Number(fs.readFileSync(`${base}.exit`, 'utf8').trim());
        const wantErr = fs.existsSync(`${base}.stderr`)
          ? fs.readFileSync(`${base}.stderr`, 'utf8').split('\n').filter(Boolean)
          : [];
        const problems = [];
        if (got.stdout !== wantOut) problems.push('stdout');
        if (got.exit !== wantExit) problems.push(`exit ${got.exit} want ${wantExit}`);
        for (const l of wantErr) if (!got.stderr.includes(l)) problems.push(`stderr lacks ${JSON.stringify(l)}`);
        if (problems.length) {
          fail.push(s);
          fs.writeFileSync(`${base}.jsloop`, `--- exit ${got.exit}\n${got.stdout}--- stderr\n${got.stderr}`);
          console.log(`FAIL ${s}: ${problems.join(', ')}`);
        } else {
          pass.push(s);
        }
      }
    }),
  );
  pass.sort((a, b) => a - b);
  const tag = flags.length ? `-${flags.join('').replace(/[^a-z0-9]+/gi, '')}` : '';
  fs.writeFileSync(path.join(dir, `pass${tag}.txt`), pass.join('\n') + '\n');
  console.log(`${pass.length} passed, ${fail.length} failed${fail.length ? ': ' + fail.sort((a, b) => a - b).join(' ') : ''}`);
}

main();
