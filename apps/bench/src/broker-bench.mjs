// `npm run bench:broker`: the broker's exchange latency, p50 and p99 at 1, 100 and 1,000 concurrent
// requests, against a floor server that only verifies the JWT with jose and answers a cached token:
// on Node with the memory, Redis (when redis-server is on PATH) and Postgres (PGlite's server) replay
// stores, and on workerd with Durable Objects (counting object calls per exchange).
// Prints a table; with --write also rewrites the broker results in BENCHMARKS.md; exits 1 if a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { request, Agent } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@dropbox-token/emulator';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { startWorkerd } from '@dropbox-token/test-runtimes';
import { markdownTable, publish } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const BROKER_BIN = join(root, 'apps/broker/bin/dropbox-token-broker.js');
const write = process.argv.includes('--write');
const work = mkdtempSync(join(tmpdir(), 'broker-bench-'));
const AUDIENCE = 'https://broker.bench';
// Samples per level: sequential requests at 1; rounds of simultaneous requests at 100 and 1,000.
const LEVELS = [
  { concurrency: 1, rounds: 200 },
  { concurrency: 100, rounds: 4 },
  { concurrency: 1000, rounds: 2 },
];

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** One POST /token; its latency in milliseconds and its status. */
function exchange(url, token) {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint();
    const req = request(
      `${url}/token`,
      { method: 'POST', agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - began) / 1e6, status: res.statusCode }));
      },
    );
    req.on('error', reject);
    req.end('{"identity":"deploy"}');
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Latencies at each level, every request with a fresh token (each jti is used once). */
async function measureTarget(url, tokens) {
  let next = 0;
  const take = () => tokens[next++];
  for (let i = 0; i < 20; i++) await exchange(url, take()); // warm: discovery, key set, the first refresh
  const results = {};
  for (const { concurrency, rounds } of LEVELS) {
    const samples = [];
    let failures = 0;
    for (let round = 0; round < rounds; round++) {
      const batch = await Promise.all(Array.from({ length: concurrency }, () => exchange(url, take())));
      for (const { ms, status } of batch) {
        if (status === 200) samples.push(ms);
        else failures++;
      }
    }
    results[concurrency] = { p50: percentile(samples, 50), p99: percentile(samples, 99), failures };
  }
  return results;
}

const tokensNeeded = 20 + LEVELS.reduce((sum, l) => sum + l.concurrency * l.rounds, 0);

function spawnReady(command, args, env, ready) {
  const child = spawn(command, args, { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const check = (chunk) => {
      output += chunk;
      if (ready.test(output)) resolve(child);
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', (code) => reject(new Error(`${command} exited ${code}: ${output.slice(0, 1000)}`)));
  });
}

const emu = await startEmulator();
const children = [];
const rows = [];
let missed = 0;
try {
  const yaml = (store) =>
    `audience: ${AUDIENCE}\nissuer: ${emu.oidc.issuer}\nreplay_store: ${store}\nmax_connections: 4096\n` +
    `accounts:\n  docs: { app_key: ${emu.app.key}, refresh_token_env: DOCS }\n` +
    'identities:\n  deploy:\n    account: docs\n    scopes: [files.content.write]\n' +
    '    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919 }\n';
  const refreshToken = emu.dropbox.issueRefreshToken();
  const issueTokens = () => Array.from({ length: tokensNeeded }, () => emu.oidc.issue(AUDIENCE));

  const targets = [];
  // The floor.
  const floorPort = await freeLoopbackPort();
  children.push(
    await spawnReady(
      process.execPath,
      [join(here, 'floor-broker.mjs')],
      { FLOOR_ISSUER: emu.oidc.issuer, FLOOR_AUDIENCE: AUDIENCE, FLOOR_PORT: String(floorPort) },
      /ready/,
    ),
  );
  targets.push({ name: 'floor (jose verify + cached token)', url: `http://127.0.0.1:${floorPort}` });

  // Node brokers, one per store.
  const stores = [['memory', 'memory']];
  const pgPort = await freeLoopbackPort();
  children.push(
    await spawnReady(
      process.execPath,
      [
        join(root, 'node_modules/@electric-sql/pglite-socket/dist/scripts/server.js'),
        '--port',
        String(pgPort),
        '--max-connections',
        '64',
      ],
      {},
      /PGLiteSocketServer listening/,
    ),
  );
  stores.push(['Postgres (PGlite server)', `postgres://postgres@127.0.0.1:${pgPort}/postgres`]);
  if (spawnSync('redis-server', ['--version']).status === 0) {
    const redisPort = await freeLoopbackPort();
    children.push(
      await spawnReady(
        'redis-server',
        ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {},
        /Ready to accept/,
      ),
    );
    stores.push(['Redis', `redis://127.0.0.1:${redisPort}`]);
  } else process.stderr.write('SKIPPED: the Redis row needs redis-server on PATH.\n');
  for (const [name, store] of stores) {
    const port = await freeLoopbackPort();
    const file = join(work, `broker-${port}.yaml`);
    writeFileSync(file, yaml(store));
    children.push(
      await spawnReady(
        process.execPath,
        [BROKER_BIN, 'serve', '--config', file, '--port', String(port), '--api-url', emu.apiUrl],
        { DOCS: refreshToken },
        /listening on/,
      ),
    );
    targets.push({ name: `Node broker, ${name} store`, url: `http://127.0.0.1:${port}` });
  }

  // workerd with Durable Objects.
  const worker = await startWorkerd({
    bundle: join(root, 'apps/broker/dist/worker.bundle.js'),
    bindings: {
      BROKER_CONFIG: yaml('memory'),
      DOCS: refreshToken,
      DROPBOX_API_URL: emu.apiUrl,
      TOKEN_CACHE_KEY: 'bench-key-0123456789abcdef',
    },
    durableObjects: [
      { binding: 'REPLAY_GUARD', className: 'ReplayGuard', uniqueKey: 'dropbox-token-broker-ReplayGuard' },
      { binding: 'TOKEN_MINTER', className: 'TokenMinter', uniqueKey: 'dropbox-token-broker-TokenMinter' },
    ],
    storage: join(work, 'do-storage'),
  });
  children.push(worker.child);
  targets.push({ name: 'workerd, Durable Objects', url: worker.url, workerd: true });

  const results = {};
  for (const target of targets) {
    process.stderr.write(`${target.name}: ${tokensNeeded} exchanges...\n`);
    const tokens = issueTokens();
    const before = target.workerd ? (await (await fetch(`${target.url}/healthz`)).json()).object_calls : 0;
    results[target.name] = await measureTarget(target.url, tokens);
    if (target.workerd) {
      const calls = (await (await fetch(`${target.url}/healthz`)).json()).object_calls - before;
      const perExchange = calls / tokensNeeded;
      const pass = perExchange <= 2;
      if (!pass) missed++;
      rows.push(['workerd: Durable Object calls per exchange', perExchange.toFixed(2), '≤ 2', pass ? 'ok' : 'MISSED']);
    }
  }
  const floor = results['floor (jose verify + cached token)'];
  for (const [name, byLevel] of Object.entries(results))
    for (const { concurrency } of LEVELS) {
      const r = byLevel[concurrency];
      const ratio = r.p99 / floor[concurrency].p99;
      const target = name === 'Node broker, memory store' && concurrency === 1000;
      const pass = target ? ratio <= 1.25 : undefined;
      if (pass === false) missed++;
      rows.push([
        `${name}, ${concurrency} concurrent`,
        `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${name.startsWith('floor') ? '' : ` (p99 ${ratio.toFixed(2)}× floor)`}${r.failures ? `, ${r.failures} failed` : ''}`,
        target ? 'p99 ≤ 1.25× floor' : '',
        pass === undefined ? '' : pass ? 'ok' : 'MISSED',
      ]);
    }

  const table = markdownTable(['Measure', 'Value', 'Target', 'Verdict'], rows);
  const header = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}. Node ${process.version}, workerd as pinned. ${new Date().toISOString().slice(0, 10)}. Every request a fresh token; latency from the client's send to the answer's end, over keep-alive connections on loopback.`;
  process.exitCode = publish('broker-results', { header, table, missed }, write);
} finally {
  for (const child of children) child.kill();
  await emu.close();
  agent.destroy();
  rmSync(work, { recursive: true, force: true });
}
