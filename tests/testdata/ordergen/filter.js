#!/usr/bin/env node
// Generates programs with gen.js and keeps those whose Node output never varies.
//
//   node filter.js FROM TO OUTDIR [RUNS]
//
// For each seed in FROM..TO it writes OUTDIR/S.js and runs it RUNS times (default
// 5) under node, then RUNS more times while two CPU burners load the machine.
// A program is kept when stdout, exit code and the error lines of stderr are the
// same in every run; it then gets S.stdout, S.exit and, when node printed an
// error, S.stderr (only the "Error: ..." lines: stack traces name paths). The
// seeds dropped as nondeterministic are listed in OUTDIR/racy.txt.
'use strict';

const { execFile, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const os = require('os');

const [from, to, outDir, runsArg] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node filter.js FROM TO OUTDIR [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const gen = path.join(__dirname, 'gen.js');
const parallel = Math.max(2, os.cpus().length);

function run(file) {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { cwd: path.dirname(file), timeout: 20000 }, (err, stdout, stderr) => {
      const exit = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      const errLines = stderr.split('\n').filter((l) => /^[A-Za-z]*Error: /.test(l));
      resolve({ key: JSON.stringify([stdout, exit, errLines]), stdout, exit, errLines });
    });
  });
}

async function pool(items, fn) {
  let i = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (i < items.length) await fn(items[i++]);
    }),
  );
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const seeds = [];
  for (let s = Number(from); s <= Number(to); s++) seeds.push(s);
  const results = new Map();
  for (const s of seeds) {
    const file = path.join(outDir, `${s}.js`);
    fs.writeFileSync(file, require('child_process').execFileSync(process.execPath, [gen, String(s)]));
    results.set(s, []);
  }
  const pass = async () => pool(seeds, async (s) => results.get(s).push(await run(path.resolve(outDir, `${s}.js`))));
  for (let r = 0; r < runs; r++) await pass();
  const burners = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  try {
    for (let r = 0; r < runs; r++) await pass();
  } finally {
    for (const b of burners) b.kill();
  }
  const racy = [];
  for (const s of seeds) {
    const rs = results.get(s);
    const base = path.join(outDir, String(s));
    if (rs.some((r) => r.key !== rs[0].key)) {
      racy.push(s);
      const variants = [...new Map(rs.map((r) => [r.key, r])).values()];
      fs.writeFileSync(`${base}.variants`, variants.map((r) => `--- exit ${r.exit}\n${r.stdout}`).join(''));
      continue;
    }
    fs.writeFileSync(`${base}.stdout`, rs[0].stdout);
    fs.writeFileSync(`${base}.exit`, `${rs[0].exit}\n`);
    if (rs[0].errLines.length) fs.writeFileSync(`${base}.stderr`, rs[0].errLines.join('\n') + '\n');
  }
  fs.writeFileSync(path.join(outDir, 'racy.txt'), racy.join('\n') + '\n');
  console.log(`${seeds.length - racy.length} deterministic, ${racy.length} racy: ${racy.join(' ')}`);
}

main();
