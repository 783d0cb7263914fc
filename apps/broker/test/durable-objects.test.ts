import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24Binary } from '@dropbox-token/test-runtimes';
import { eventually, useEmulator } from '@dropbox-token/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE, brokerYaml, tokenRequest } from './helpers.js';
import { type WorkerdRun, startWorkerd, uniqueKeyOf } from './workerd.js';

/** Rows in every ReplayGuard shard's SQLite file, read by Node 24's node:sqlite (an independent reader). */
function claimRows(storage: string): number {
  const dir = join(storage, uniqueKeyOf('ReplayGuard'));
  // One file per object (its id in hex); metadata.sqlite is workerd's own.
  const files = readdirSync(dir).filter((name) => /^[0-9a-f]{64}\.sqlite$/.test(name));
  const script = `const { DatabaseSync } = require('node:sqlite'); let n = 0;
for (const file of ${JSON.stringify(files.map((name) => join(dir, name)))}) {
  const db = new DatabaseSync(file, { readOnly: true });
  n += db.prepare('SELECT count(*) AS n FROM claims').get().n; db.close();
}
process.stdout.write(String(n));`;
  const run = spawnSync(node24Binary(), ['--no-warnings', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout);
}

/**
 * The Worker under workerd with its two Durable Object namespaces on disk, as Cloudflare runs it
 * across isolates: the claims and the cached token live in the objects, not in an isolate.
 */
describe('Cloudflare Workers with Durable Objects (workerd, storage on disk)', () => {
  const ctx = useEmulator({ beforeAll, afterAll });
  let worker: WorkerdRun;
  let dir: string;
  let storage: string;
  let bindings: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'broker-durable-'));
    storage = join(dir, 'storage');
    bindings = {
      BROKER_CONFIG: brokerYaml(ctx.emu),
      DROPBOX_REFRESH_TOKEN_DOCS: ctx.emu.dropbox.issueRefreshToken(),
      DROPBOX_API_URL: ctx.emu.apiUrl,
      TOKEN_CACHE_KEY: 'a-long-random-test-key-0123456789abcdef',
    };
    worker = await startWorkerd(bindings, { dir, storage });
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
  });

  const ask = async (token: string) => {
    const answer = await fetch(`${worker.url}/token`, tokenRequest(token));
    return { status: answer.status, json: (await answer.json()) as Record<string, string> };
  };
  const refreshes = () => ctx.emu.requests.filter((r) => r.path === '/oauth2/token').length;

  let used = '';

  const objectCalls = async () =>
    ((await (await fetch(`${worker.url}/healthz`)).json()) as { object_calls: number }).object_calls;

  it('100 concurrent requests with 100 tokens make one Dropbox call: one TokenMinter for the account and scopes', async () => {
    const callsBefore = await objectCalls();
    const answers = await Promise.all(Array.from({ length: 100 }, () => ask(ctx.emu.oidc.issue(AUDIENCE))));
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(new Set(answers.map((a) => a.json['access_token'])).size).toBe(1);
    expect(refreshes()).toBe(1);
    // Two Durable Object round trips per exchange: one claim, one token.
    expect((await objectCalls()) - callsBefore).toBe(200);
  }, 60_000);

  it('50 concurrent uses of one token give exactly one 200', async () => {
    used = ctx.emu.oidc.issue(AUDIENCE);
    const answers = await Promise.all(Array.from({ length: 50 }, () => ask(used)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.json['error'] === 'invalid_token')).toHaveLength(49);
  }, 60_000);

  it('after workerd restarts, the replay is still refused and the cached token (encrypted on disk) still serves', async () => {
    await worker.stop();
    worker = await startWorkerd(bindings, { dir, storage });
    const replay = await ask(used);
    expect(replay).toMatchObject({ status: 401, json: { error: 'invalid_token' } });
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).status).toBe(200);
    expect(refreshes()).toBe(1);
    // The token is not in the objects' storage as text.
    const token = (await ask(ctx.emu.oidc.issue(AUDIENCE))).json['access_token']!;
    const files = readdirSync(join(storage, uniqueKeyOf('TokenMinter')));
    const grep = spawnSync('grep', ['-rlF', token, join(storage, uniqueKeyOf('TokenMinter'))]);
    expect(files.length).toBeGreaterThan(0);
    expect(grep.stdout.toString()).toBe('');
  }, 60_000);

  it('the alarm purges expired claims: a token near its exp is claimed, and its row is gone once exp + skew passes', async () => {
    const before = claimRows(storage);
    expect(before).toBeGreaterThan(0);
    // exp 57 s ago: still inside the 60 s skew, so it verifies; its claim lasts until exp + 60 s, 3 s from now.
    const now = Math.floor(Date.now() / 1000);
    const late = ctx.emu.oidc.sign(
      { alg: 'RS256', kid: ctx.emu.oidc.keys()[0]!.kid },
      { ...ctx.emu.oidc.claimsFor(AUDIENCE), iat: now - 357, nbf: now - 357, exp: now - 57 },
    );
    expect((await ask(late)).status).toBe(200);
    const withLate = claimRows(storage);
    expect(withLate).toBe(before + 1);
    // Each look starts a Node process: every 250 ms, not every 5.
    await eventually(() => claimRows(storage) !== withLate, 10_000, 250);
    expect(claimRows(storage)).toBe(withLate - 1);
  }, 60_000);
});
