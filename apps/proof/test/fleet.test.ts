import { useEmulator } from '@dropbox-token/emulator/testing';
import type { Emulator } from '@dropbox-token/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisServerInstalled, startPostgres, startRedis } from '@dropbox-token/test-runtimes';
import { type BrokerProcess, serveBroker } from './harness.js';

/** The broker's configuration for a replica: the same audience on every replica, the shared store. */
const replicaYaml = (emu: Emulator, audience: string, store: string) =>
  `audience: ${audience}\nissuer: ${emu.oidc.issuer}\nreplay_store: ${store}\naccounts:\n  docs: { app_key: ${emu.app.key}, refresh_token_env: DOCS }\n` +
  'identities:\n  deploy:\n    account: docs\n    scopes: [files.content.write]\n' +
  '    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919 }\n';

/** A replay store the test starts and stops: its URL, and how to stop it. */
interface StoreUnderTest {
  url: string;
  stop(): Promise<void>;
}

const redisServer = redisServerInstalled();
if (!redisServer)
  console.log('SKIPPED: the Redis replay-store cases need redis-server on PATH (apt-get install redis-server).');

/**
 * Two broker replicas (`dropbox-token-broker serve`, separate processes) behind one audience share
 * a replay store: a token used at one is refused at the other, 40 concurrent uses over both give
 * exactly one 200, and a store that cannot be reached refuses (503) rather than allows.
 */
describe.each([
  ['Postgres (PGlite over its wire protocol)', startPostgres, true],
  ['Redis', startRedis, redisServer],
] as const)('two brokers, one %s replay store', (_name, startStore, available) => {
  const ctx = useEmulator({ beforeAll, afterAll });
  let store: StoreUnderTest;
  let replicas: BrokerProcess[] = [];
  const audience = 'https://broker.fleet.test';

  // One store and two replicas for the whole describe; the last case stops the store.
  beforeAll(async () => {
    if (!available) return;
    store = await startStore();
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    replicas = await Promise.all(
      [0, 1].map(() =>
        serveBroker(() => replicaYaml(ctx.emu, audience, store.url), { DOCS: refreshToken }, ctx.emu.apiUrl),
      ),
    );
  });
  afterAll(async () => {
    for (const replica of replicas) replica.child.kill();
    await store?.stop();
  });

  const ask = async (replica: BrokerProcess, token: string) => {
    const answer = await fetch(`${replica.url}/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ identity: 'deploy' }),
    });
    return { status: answer.status, json: (await answer.json()) as Record<string, string> };
  };

  it.skipIf(!available)('a token accepted by one replica is refused by the other', async () => {
    const token = ctx.emu.oidc.issue(audience);
    expect((await ask(replicas[0]!, token)).status).toBe(200);
    const replay = await ask(replicas[1]!, token);
    expect(replay).toMatchObject({ status: 401, json: { error: 'invalid_token' } });
    expect(replay.json['error_description']).toMatch(/already used/);
    expect(replicas[0]!.output().stderr).toMatch(/replay store: \w+ at 127\.0\.0\.1:\d+, shared by every instance/);
  });

  it.skipIf(!available)(
    '40 concurrent uses of one token, spread over both replicas, give exactly one 200',
    async () => {
      const token = ctx.emu.oidc.issue(audience);
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => ask(replicas[i % 2]!, token)));
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 401)).toHaveLength(39);
    },
  );

  it.skipIf(!available)('a stopped store: 503 replay_store_unavailable within 5 s, never a token', async () => {
    await store.stop();
    const began = Date.now();
    const answer = await ask(replicas[0]!, ctx.emu.oidc.issue(audience));
    expect(answer).toMatchObject({ status: 503, json: { error: 'replay_store_unavailable' } });
    expect(Date.now() - began).toBeLessThan(5_500);
  });
});
