// chrono.js - chrono-node's parse over the dateline benchmark corpus.
//
// usage: node chrono.js CORPUS_DIR MB
// Reads CORPUS_DIR/list.txt and docs/ like bench/bench.c, cycles through the
// documents until MB megabytes were parsed (one chrono.parse per document,
// the document's "Date:" line or 2009-01-19 as the reference date) and
// prints one key=value line in the C driver's format, for bench/run.sh.
// MB/s are bytes per CPU second of the process (as the C driver's one-core
// rows; node's own helper threads, such as the garbage collector's, count).
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

const [dir, mbArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node chrono.js CORPUS_DIR [MB]');
  process.exit(2);
}
const target = Math.floor(parseFloat(mbArg || '64') * 1e6);
const docs = fs.readFileSync(path.join(dir, 'list.txt'), 'utf8')
  .split('\n').filter(Boolean).map((name) => {
    const text = fs.readFileSync(path.join(dir, 'docs', name), 'utf8');
    const m = /^Date: (\d{4}-\d\d-\d\d)/m.exec(text);
    const ref = new Date((m ? m[1] : '2009-01-19') + 'T12:00:00Z');
    return { text, ref, bytes: Buffer.byteLength(text, 'utf8') };
  });

let bytes = 0, found = 0, n = 0;
const cpu0 = process.cpuUsage();
const wall0 = process.hrtime.bigint();
for (let i = 0; bytes < target; i++) {
  const d = docs[i % docs.length];
  found += chrono.parse(d.text, d.ref).length;
  bytes += d.bytes;
  n++;
}
const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
const c = process.cpuUsage(cpu0);
const cpu = (c.user + c.system) / 1e6;
console.log(`stage=chrono threads=1 single=0 bytes=${bytes} ` +
  `wall_s=${wall.toFixed(3)} cpu_s=${cpu.toFixed(3)} ` +
  `mb_s=${(bytes / cpu / 1e6).toFixed(2)} base_rss_kb=0 ` +
  `peak_rss_kb=${process.resourceUsage().maxRSS} errors=0 docs=${n} found=${found}`);
