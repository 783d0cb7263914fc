import type { ReplayStoreSetting } from '../config-sources.js';
import { type ReplayStore, memoryReplayStore } from '../replay-store.js';

/** The store the configuration names, with a line for the operator (the URL without any credential). */
export async function openReplayStore(
  setting: ReplayStoreSetting,
  env: Record<string, string | undefined>,
): Promise<{ store: ReplayStore; close(): Promise<void>; description: string }> {
  if (setting.kind === 'memory')
    return {
      store: memoryReplayStore(Date.now),
      close: async () => {},
      description: 'memory, which holds for a single instance only (replicas would each accept a token once)',
    };
  const password = setting.passwordEnv === undefined ? undefined : env[setting.passwordEnv];
  const where = new URL(setting.url);
  where.username = '';
  // Loaded only when configured: a broker on the memory store never loads a database client.
  const opened =
    setting.kind === 'redis'
      ? (await import('./redis-replay-store.js')).redisReplayStore(setting.url, password)
      : (await import('./postgres-replay-store.js')).postgresReplayStore(setting.url, password);
  return {
    store: opened,
    close: opened.close,
    description: `${setting.kind} at ${where.host}, shared by every instance`,
  };
}
