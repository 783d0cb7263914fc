import { spawnSync } from 'node:child_process';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { redisServerInstalled, startPostgres, startRedis } from '@dropbox-token/test-runtimes';
import { describe, expect, it } from 'vitest';
import { openReplayStore } from '../src/stores/open-replay-store.js';

const until = () => Math.floor(Date.now() / 1000) + 360;

/** The shared stores in-process: a claim is true once, per issuer; an unreachable store throws (the broker then refuses). */
describe('replay stores', () => {
  it('memory: once per (iss, jti), and says it holds for one instance', async () => {
    const { store, description } = await openReplayStore({ kind: 'memory' }, {});
    expect(description).toMatch(/single instance only/);
    expect(await store.claim('https://a', 'j1', until())).toBe(true);
    expect(await store.claim('https://a', 'j1', until())).toBe(false);
    expect(await store.claim('https://b', 'j1', until())).toBe(true);
  });

  it('postgres (PGlite over the wire): the table made if missing, once per (iss, jti), expired rows purged', async () => {
    const postgres = await startPostgres(8);
    const { db } = postgres;
    const opened = await openReplayStore(
      { kind: 'postgres', url: postgres.url, passwordEnv: 'PGPASS' },
      { PGPASS: 'unused' },
    );
    try {
      expect(opened.description).toBe(`postgres at ${new URL(postgres.url).host}, shared by every instance`);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => opened.store.claim('https://a', 'j1', until())),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await opened.store.claim('https://b', 'j1', until())).toBe(true);
      const { PURGE } = await import('../src/stores/postgres-replay-store.js');
      await opened.store.claim('https://a', 'old', Math.floor(Date.now() / 1000) - 10);
      await db.query(PURGE);
      const { rows } = await db.query<{ jti: string }>('SELECT jti FROM dropbox_token_broker_replay ORDER BY jti');
      expect(rows.map((row) => row.jti)).toEqual(['j1', 'j1']);
    } finally {
      await opened.close();
      await postgres.stop();
    }
  });

  it('an unreachable store throws within its 5 s bound, for the broker to refuse', async () => {
    const port = await freeLoopbackPort();
    for (const url of [`postgres://postgres@127.0.0.1:${port}/postgres`, `redis://127.0.0.1:${port}`]) {
      const opened = await openReplayStore(
        { kind: url.startsWith('redis') ? 'redis' : 'postgres', url, passwordEnv: undefined },
        {},
      );
      const began = Date.now();
      await expect(opened.store.claim('https://a', 'j', until())).rejects.toThrow();
      expect(Date.now() - began).toBeLessThan(5_500);
      await opened.close();
    }
  });

  const redisServer = redisServerInstalled();
  if (!redisServer)
    console.log('SKIPPED: the Redis replay store case needs redis-server on PATH (apt-get install redis-server).');

  it.skipIf(!redisServer)('redis: SET NX EXAT, once per (iss, jti)', async () => {
    const redis = await startRedis();
    try {
      const opened = await openReplayStore({ kind: 'redis', url: redis.url, passwordEnv: undefined }, {});
      for (let i = 0; i < 50 && !(await opened.store.claim('https://probe', `p${i}`, until()).catch(() => false)); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const results = await Promise.all(
        Array.from({ length: 10 }, () => opened.store.claim('https://a', 'j1', until())),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await opened.store.claim('https://b', 'j1', until())).toBe(true);
      const ttl = spawnSync('redis-cli', [
        '-p',
        String(redis.port),
        'ttl',
        'dropbox-token-broker:jti:https://a:j1',
      ]).stdout.toString();
      expect(Number(ttl)).toBeGreaterThan(300);
      await opened.close();
    } finally {
      await redis.stop();
    }
  });
});
