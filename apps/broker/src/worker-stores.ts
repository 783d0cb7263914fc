import type { TokenSet } from '@dropbox-token/core';
import type { Account } from './config.js';
import type { MintAnswer, MintRequest } from './durable-objects.js';
import { DropboxUnavailable } from './errors.js';
import type { ReplayStore } from './replay-store.js';
import { AccountRevoked, type CacheHealth, type TokenSource } from './token-cache.js';

/** A Durable Object namespace binding, as far as the broker uses it. */
export interface Namespace<Stub> {
  idFromName(name: string): unknown;
  get(id: unknown): Stub;
}

/** Shards of the replay guard: enough that no object nears its ~1,000 requests/s (reference). */
export const REPLAY_SHARDS = 32;

/** FNV-1a, 32 bits: a stable, fast spread of `iss + jti` over the shards. */
export function shardOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % REPLAY_SHARDS;
}

/** Durable Object calls this isolate made, for /healthz (the bench divides them by exchanges). */
export const objectCalls = { count: 0 };

/** Each claim: one call to one ReplayGuard shard. */
export function durableReplayStore(
  namespace: Namespace<{ claim(key: string, until: number): Promise<boolean> }>,
): ReplayStore {
  return {
    claim(iss, jti, until) {
      const key = `${iss}\u0000${jti}`;
      objectCalls.count += 1;
      return namespace.get(namespace.idFromName(`replay-${shardOf(key)}`)).claim(key, until);
    },
  };
}

/**
 * Each token: one call to the TokenMinter of its account and scope set. Health is what this
 * isolate has seen (the objects hold the truth; an isolate reports what it was answered).
 */
export function durableTokenSource(
  namespace: Namespace<{ mint(request: MintRequest): Promise<MintAnswer> }>,
  accountCount: number,
  revokeCheckMs: number,
): TokenSource {
  const revoked = new Set<string>();
  const failing = new Set<string>();
  return {
    async tokenFor(account: Account, scopes: string[]): Promise<TokenSet> {
      const stub = namespace.get(namespace.idFromName(`${account.name}\u0000${scopes.join(' ')}`));
      objectCalls.count += 1;
      const answer = await stub.mint({ account, scopes, revokeCheckMs });
      if (answer.status === 'revoked') {
        revoked.add(account.name);
        throw new AccountRevoked(account.name);
      }
      if (answer.status === 'failed') {
        failing.add(account.name);
        throw new DropboxUnavailable(answer.code);
      }
      failing.delete(account.name);
      const tokens: TokenSet = { accessToken: answer.accessToken, tokenType: answer.tokenType, scopes };
      if (answer.expiresAt !== undefined) {
        tokens.expiresAt = new Date(answer.expiresAt);
        tokens.expiresIn = Math.max(0, Math.floor((answer.expiresAt - Date.now()) / 1000));
      }
      return tokens;
    },
    health: (): CacheHealth => ({
      accounts: accountCount,
      failing: failing.size,
      revoked: revoked.size,
      object_calls: objectCalls.count,
    }),
  };
}
