// chrono-node throughput on the same texts as timex_bench: the peer in the temporal tagger
// benchmark. usage: node chrono_bench.js LANG DIR... ; prints one JSON line.
// Each DIR holds X.txt files and, beside them, X.dct reference dates (the DCT).
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

const [lang, ...dirs] = process.argv.slice(2);
const parser = chrono[lang] || chrono.en;
const docs = [];
for (const dir of dirs) {
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const dctFile = path.join(dir, name.replace(/\.txt$/, '.dct'));
    const dct = fs.existsSync(dctFile) ? new Date(fs.readFileSync(dctFile, 'utf8').trim().slice(0, 10) + 'T12:00:00Z') : new Date();
    docs.push({ text, dct });
  }
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
let mentions = 0;
const once = () => {
  mentions = 0;
  for (const d of docs) mentions += parser.parse(d.text, d.dct).length;
};
once();  // warm-up (JIT)
// CPU time (user + system) of this process, like timex_bench: robust on a shared machine.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
let rounds = 0;
const start = cpu();
let elapsed = 0;
while (elapsed < 2.0 || rounds < 1) {
  once();
  rounds += 1;
  elapsed = cpu() - start;
}
console.log(JSON.stringify({ tool: 'chrono-node', lang, docs: docs.length, bytes, rounds,
  seconds: elapsed, mb_per_s: (bytes * rounds) / 1e6 / elapsed, mentions }));
