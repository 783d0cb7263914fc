import { Redis } from 'ioredis';
import type { ReplayStore } from '../replay-store.js';

/** A store other instances share must answer in time, or the claim fails (and the request is refused). */
const TIMEOUT_MS = 5_000;

/**
 * Redis or Valkey: `SET <key> "" NX EXAT <until>` is one atomic claim, as PyPI's trusted
 * publishing does it (shared/reference/broker-at-scale.md); the key names the issuer and the jti.
 * Commands are never queued while the connection is down: a claim then fails at once.
 */
export function redisReplayStore(url: string, password: string | undefined): ReplayStore & { close(): Promise<void> } {
  const client = new Redis(url, {
    password,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(times * 250, 2_000),
  });
  // Connection errors surface as failed claims; the client reconnects by itself.
  client.on('error', () => {});
  return {
    async claim(iss, jti, until) {
      const answer = await client.set(`dropbox-token-broker:jti:${iss}:${jti}`, '', 'EXAT', until, 'NX');
      return answer === 'OK';
    },
    close: async () => {
      client.disconnect();
    },
  };
}
