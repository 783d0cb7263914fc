// Preloaded with `node --require` into every measured process alike: at exit it records the
// process's peak resident set size (kB) where the benchmark asked, so no wrapper process is counted.
const { writeFileSync } = require('node:fs');
const out = process.env.RSS_PROBE_OUT;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
