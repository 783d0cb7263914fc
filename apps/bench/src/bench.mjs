// `npm run bench`: whole-process figures against the emulator, on this machine, in one run.
// Prints a table; with --write also rewrites the results in BENCHMARKS.md; exits 1 if a target is missed.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DropboxTokenManager } from '@dropbox-token/core';
import { node24Binary } from '@dropbox-token/test-runtimes';
import { startEmulator } from '@dropbox-token/emulator';
import { confidentialCode } from '@dropbox-token/emulator/testing';
import { build } from 'esbuild';
import { markdownTable, publish } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const write = process.argv.includes('--write');
const work = mkdtempSync(join(here, '../.build-'));
const probe = join(here, 'rss-probe.cjs');
const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Bundles a script into one file with esbuild. `cjs` is the way the action is shipped (the peers are
 * bundled so too); `esm` (a `createRequire` banner gives CommonJS dependencies `require`) for the
 * bootstrap's floor, as the bootstrap's CLI is an ES module.
 */
async function bundle(entry, name, format, options = {}) {
  const outfile = join(work, `${name}.${format === 'cjs' ? 'cjs' : 'mjs'}`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    banner: format === 'esm' ? { js: banner } : {},
    logLevel: 'error',
    ...options,
  });
  return outfile;
}

/** Runs one process to exit; returns wall milliseconds (spawn to exit) and peak RSS in kB. */
function measure(node, script, env) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(node, ['--require', probe, script], {
      env: { PATH: process.env.PATH, ...env, RSS_PROBE_OUT: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.on('data', (d) => (stderr += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${script} exited ${code}: ${stderr}`));
      const rssKb = Number(readFileSync(rssFile, 'utf8'));
      rmSync(rssFile, { force: true });
      resolve({ wallMs, rssKb });
    });
  });
}

/** Garbage collections V8 reports (`--trace-gc`) during one run of a script (spawned: the emulator answers in this process). */
function garbageCollections(node, script, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['--trace-gc', script], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let trace = '';
    child.stdout.on('data', (chunk) => (trace += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited ${code}`));
      resolve(trace.split('\n').filter((line) => /: (Scavenge|Mark-Compact|Mark-Sweep|Minor)/.test(line)).length);
    });
  });
}

const rows = [];
let missed = 0;
function row(measure, value, target, pass) {
  if (pass === false) missed++;
  rows.push({ measure, value, target, verdict: pass === undefined ? '' : pass ? 'ok' : 'MISSED' });
}
const x = (ratio) => `${ratio.toFixed(3)}×`;
/** A row for a file's gzipped size against its budget in kB. */
function gzippedSizeRow(measure, file, budgetKb) {
  const bytes = gzipSync(readFileSync(file)).length;
  row(measure, `${(bytes / 1024).toFixed(2)} kB`, `≤ ${budgetKb} kB`, bytes <= budgetKb * 1024);
}

const emu = await startEmulator();
try {
  const node20 = process.execPath;
  // Node 24 is the node package, a pinned devDependency that npm ci installed.
  const node24 = node24Binary();
  const versions = {
    node20: execFileSync(node20, ['--version'], { encoding: 'utf8' }).trim(),
    node24: execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim(),
  };

  const actionBundle = join(root, 'packages/action/dist/index.cjs');
  // Each candidate: a script, and what it adds to the step's environment.
  const candidates = {
    floor: { script: join(here, 'floor-refresh.mjs') },
    'node:http floor': { script: join(here, 'floor-refresh-http.mjs') },
    'node:http floor, CommonJS': { script: join(here, 'floor-refresh-http.cjs') },
    'visible floor, CommonJS': { script: join(here, 'floor-refresh-http.cjs'), env: { FLOOR_VISIBLE_OUTPUT: '1' } },
    action: { script: actionBundle },
    'dropbox SDK': { script: await bundle(join(here, 'peer-dropbox-sdk.mjs'), 'peer-dropbox-sdk', 'cjs') },
    '@actions/core + fetch': {
      script: await bundle(join(here, 'peer-actions-core.mjs'), 'peer-actions-core', 'cjs'),
    },
  };
  const refreshToken = emu.dropbox.issueRefreshToken();
  const outputFile = join(work, 'github-output');
  const summaryFile = join(work, 'summary');
  const env = {
    'INPUT_APP-KEY': emu.app.key,
    'INPUT_REFRESH-TOKEN': refreshToken,
    'INPUT_API-URL': emu.apiUrl,
    GITHUB_OUTPUT: outputFile,
    GITHUB_ENV: join(work, 'github-env'),
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  const run = (node, name) => measure(node, candidates[name].script, { ...env, ...candidates[name].env });

  // 1 and 2. Cold runs, paired: in each round every candidate runs once, in a rotating order.
  for (const [label, node, limit] of [
    ['Node 24', node24, 1.05],
    ['Node 20', node20, 1.1],
  ]) {
    process.stderr.write(`Cold runs on ${label}: ${RUNS} rounds...\n`);
    const names = Object.keys(candidates);
    const results = Object.fromEntries(names.map((n) => [n, []]));
    for (const file of [outputFile, summaryFile, env.GITHUB_ENV]) writeFileSync(file, '');
    for (const name of names) await run(node, name); // warm the file cache once
    for (let round = 0; round < RUNS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const name of order) {
        writeFileSync(outputFile, '');
        writeFileSync(summaryFile, '');
        results[name].push(await run(node, name));
      }
    }
    const ratioTo = (floor) => (name, key) => median(results[name].map((r, i) => r[key] / results[floor][i][key]));
    const ratio = ratioTo('floor');
    const httpRatio = ratioTo('node:http floor');
    const commonJsRatio = ratioTo('node:http floor, CommonJS');
    const med = (name, key) => median(results[name].map((r) => r[key]));
    row(
      `${label}: floor (one fetch + one output line)`,
      `${med('floor', 'wallMs').toFixed(1)} ms, ${(med('floor', 'rssKb') / 1024).toFixed(1)} MB`,
      '',
      undefined,
    );
    row(
      `${label}: node:http floor (one node:http POST + one output line) vs fetch floor`,
      `${med('node:http floor', 'wallMs').toFixed(1)} ms = ${x(ratio('node:http floor', 'wallMs'))}, ${(med('node:http floor', 'rssKb') / 1024).toFixed(1)} MB = ${x(ratio('node:http floor', 'rssKb'))}`,
      '',
      undefined,
    );
    row(
      `${label}: the same node:http floor as CommonJS (no ESM loader) vs node:http floor`,
      `${med('node:http floor, CommonJS', 'wallMs').toFixed(1)} ms = ${x(httpRatio('node:http floor, CommonJS', 'wallMs'))}, ${(med('node:http floor, CommonJS', 'rssKb') / 1024).toFixed(1)} MB = ${x(httpRatio('node:http floor, CommonJS', 'rssKb'))}`,
      '',
      undefined,
    );
    row(
      `${label}: action wall time vs node:http floor`,
      `${med('action', 'wallMs').toFixed(1)} ms = ${x(httpRatio('action', 'wallMs'))}`,
      `≤ ${limit.toFixed(2)}×`,
      httpRatio('action', 'wallMs') <= limit,
    );
    row(
      `${label}: action peak RSS vs node:http floor`,
      `${(med('action', 'rssKb') / 1024).toFixed(1)} MB = ${x(httpRatio('action', 'rssKb'))}`,
      `≤ ${limit.toFixed(2)}×`,
      httpRatio('action', 'rssKb') <= limit,
    );
    // Issue 25's targets: both runtimes, against the floor that, like the action, skips the ES module loader.
    row(
      `${label}: action wall time vs the CommonJS node:http floor`,
      x(commonJsRatio('action', 'wallMs')),
      '≤ 1.05×',
      commonJsRatio('action', 'wallMs') <= 1.05,
    );
    row(
      `${label}: action peak RSS vs the CommonJS node:http floor`,
      x(commonJsRatio('action', 'rssKb')),
      '≤ 1.05×',
      commonJsRatio('action', 'rssKb') <= 1.05,
    );
    const visibleRatio = ratioTo('visible floor, CommonJS');
    row(
      `${label}: the CommonJS floor plus the action's visible output (masks, logs, outputs, summary), vs that floor`,
      `${x(commonJsRatio('visible floor, CommonJS', 'wallMs'))}, ${x(commonJsRatio('visible floor, CommonJS', 'rssKb'))}`,
      '',
      undefined,
    );
    row(
      `${label}: action vs that visible floor (wall, RSS): the cost of the action's own logic`,
      `${x(visibleRatio('action', 'wallMs'))}, ${x(visibleRatio('action', 'rssKb'))}`,
      '',
      undefined,
    );
    // The young generation's first collection is scheduled at about 80 % of its initial 1 MB: a
    // cold run that allocates less than that never collects (the fetch floor does; BENCHMARKS.md).
    const collections = await garbageCollections(node, actionBundle, env);
    row(`${label}: garbage collections in the action's cold run`, String(collections), '0', collections === 0);
    row(
      `${label}: action wall time vs fetch floor`,
      `${x(ratio('action', 'wallMs'))}`,
      '< 1×',
      ratio('action', 'wallMs') < 1,
    );
    row(`${label}: action peak RSS vs fetch floor`, `${x(ratio('action', 'rssKb'))}`, '', undefined);
    for (const peer of ['dropbox SDK', '@actions/core + fetch']) {
      const faster = med('action', 'wallMs') < med(peer, 'wallMs');
      row(
        `${label}: ${peer} (bundled) vs floor`,
        `${med(peer, 'wallMs').toFixed(1)} ms = ${x(ratio(peer, 'wallMs'))}, ${(med(peer, 'rssKb') / 1024).toFixed(1)} MB = ${x(ratio(peer, 'rssKb'))}`,
        'action faster',
        label === 'Node 24' ? faster : undefined,
      );
    }
  }

  // 3. Sizes.
  // What every run loads: the entry alone (verification, rclone, keyless and proxy chunks load lazily).
  const actionSize = statSync(join(root, 'packages/action/dist/index.cjs')).size;
  row(
    'action bundle, common path (dist/index.cjs, readable: not minified)',
    `${(actionSize / 1024).toFixed(1)} kB`,
    '≤ 72 kB',
    actionSize <= 72 * 1024,
  );
  const naive = await bundle(join(root, 'packages/action/lib/index.js'), 'naive-action', 'cjs');
  row(
    'the same action, plain esbuild bundle (no tree-shaking of @actions/core)',
    `${(statSync(naive).size / 1024).toFixed(1)} kB`,
    '',
    undefined,
  );
  const coreMin = await bundle(join(root, 'packages/core/dist/index.js'), 'core-min', 'esm', {
    minify: true,
    banner: {},
  });
  gzippedSizeRow('@dropbox-token/core, whole package, minified + gzipped', coreMin, 7);
  const refreshOnlyEntry = join(work, 'refresh-only.mjs');
  writeFileSync(
    refreshOnlyEntry,
    `export { refreshAccessToken } from ${JSON.stringify(join(root, 'packages/core/dist/index.js'))};\n`,
  );
  const refreshOnly = await bundle(refreshOnlyEntry, 'core-refresh-only', 'esm', { minify: true, banner: {} });
  gzippedSizeRow('@dropbox-token/core, only refreshAccessToken imported, min + gz', refreshOnly, 4.5);

  // 4. The token manager.
  const manager = new DropboxTokenManager({ clientId: emu.app.key, refreshToken, apiUrl: emu.apiUrl });
  const before = emu.requests.filter((r) => r.path === '/oauth2/token').length;
  await Promise.all(Array.from({ length: 1000 }, () => manager.getAccessToken()));
  const refreshes = emu.requests.filter((r) => r.path === '/oauth2/token').length - before;
  row(
    'DropboxTokenManager: token requests for 1,000 concurrent getAccessToken()',
    String(refreshes),
    'exactly 1',
    refreshes === 1,
  );
  const calls = 200_000;
  for (let i = 0; i < 10_000; i++) await manager.getAccessToken();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await manager.getAccessToken();
  row(
    'DropboxTokenManager: a cached getAccessToken()',
    `${(Number(process.hrtime.bigint() - t0) / calls).toFixed(0)} ns`,
    '',
    undefined,
  );

  // 5. The bootstrap, non-interactive (--code), end to end, against its floor.
  process.stderr.write(`Bootstrap runs: ${Math.ceil(RUNS / 2)} rounds...\n`);
  const cli = join(root, 'apps/bootstrap/dist/cli.js');
  const floorBootstrap = await bundle(join(here, 'floor-bootstrap.mjs'), 'floor-bootstrap', 'esm');
  const bootstrapRuns = [];
  const floorRuns = [];
  for (let round = 0; round < Math.ceil(RUNS / 2); round++) {
    const cliCode = await confidentialCode(emu);
    const floorCode = await confidentialCode(emu);
    const githubEnv = { GH_TOKEN: emu.github.token, GITHUB_API_URL: emu.githubUrl };
    const cliScript = join(work, 'bootstrap-args.mjs');
    // process.argv cannot be passed through --require alone, so a tiny launcher sets it.
    writeFileSync(
      cliScript,
      `process.argv.splice(2, 0, ...${JSON.stringify([`--code=${cliCode}`, '--repo', emu.github.repository, '--api-url', emu.apiUrl, '--authorize-url', emu.authorizeUrl, '--no-browser'])});\nawait import(${JSON.stringify(cli)});\n`,
    );
    bootstrapRuns.push(
      await measure(node24, cliScript, {
        ...githubEnv,
        DROPBOX_APP_KEY: emu.app.key,
        DROPBOX_APP_SECRET: emu.app.secret,
      }),
    );
    floorRuns.push(
      await measure(node24, floorBootstrap, {
        ...githubEnv,
        FLOOR_API_URL: emu.apiUrl,
        FLOOR_APP_KEY: emu.app.key,
        FLOOR_APP_SECRET: emu.app.secret,
        FLOOR_CODE: floorCode,
        FLOOR_REPO: emu.github.repository,
      }),
    );
  }
  const bRatio = median(bootstrapRuns.map((r, i) => r.wallMs / floorRuns[i].wallMs));
  row(
    'bootstrap floor (Node + libsodium + exchange, key, PUT), Node 24',
    `${median(floorRuns.map((r) => r.wallMs)).toFixed(1)} ms`,
    '',
    undefined,
  );
  row(
    'bootstrap --code end to end (adds verify, preflight, Octokit), Node 24',
    `${median(bootstrapRuns.map((r) => r.wallMs)).toFixed(1)} ms = ${x(bRatio)}, ${(median(bootstrapRuns.map((r) => r.rssKb)) / 1024).toFixed(1)} MB`,
    '',
    undefined,
  );

  // The table.
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free)`;
  const date = new Date().toISOString().slice(0, 10);
  const table = markdownTable(
    ['Measure', 'Value (median)', 'Target', 'Verdict'],
    rows.map((r) => [r.measure, r.value, r.target, r.verdict]),
  );
  const header = `Machine: ${machine}. Node ${versions.node24} and ${versions.node20}. ${date}. ${RUNS} paired rounds per runtime; ratios are medians of per-round ratios.`;
  process.exitCode = publish('results', { header, table, missed }, write);
} finally {
  await emu.close();
  rmSync(work, { recursive: true, force: true });
}
