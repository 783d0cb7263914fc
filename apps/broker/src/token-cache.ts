import {
  type CommonOptions,
  DropboxTokenManager,
  type TokenSet,
  getCurrentAccount,
  isDropboxOAuthError,
} from '@dropbox-token/core';
import type { Account } from './config.js';

/** Where an account's secrets are read: environment variables on Node, bindings on Workers. */
export type SecretSource = (name: string) => string | undefined;

/** The account's refresh token was revoked (Dropbox answered `invalid_grant`): nothing is served for it. */
export class AccountRevoked extends Error {
  override readonly name = 'AccountRevoked';
  constructor(readonly account: string) {
    super(`the refresh token of account ${account} was revoked`);
  }
}

/** How the accounts are doing, as counts only (for `/healthz`: no names, no secret). */
export interface CacheHealth {
  accounts: number;
  /** Accounts whose last refresh failed for another reason (Dropbox down, a network error). */
  failing: number;
  revoked: number;
  /** On Workers: Durable Object calls this isolate made (two per exchange: a claim and a token). */
  object_calls?: number;
}

/** Where the broker gets an account's access token for a scope set, and how the accounts are doing. */
export interface TokenSource {
  tokenFor(account: Account, scopes: string[]): Promise<TokenSet>;
  health(): CacheHealth;
}

export interface TokenCacheOptions {
  secrets: SecretSource;
  dropbox: CommonOptions;
  now: () => number;
  /** The least time between two liveness checks of the same cached access token. */
  revokeCheckMs: number;
  /** How many account-and-scope managers are kept (least recently used out). Default 256. */
  maxEntries?: number | undefined;
  accountCount: number;
}

interface Entry {
  account: Account;
  manager: DropboxTokenManager;
  /** The access token last served, and when it was last known to be alive. */
  token: string | undefined;
  aliveAt: number;
  checking: Promise<boolean> | undefined;
}

// Dropbox's AuthError tags for a token that no longer works; missing_scope means alive but narrow
// (shared/reference/broker-at-scale.md, "Telling a revoked token from a narrow one").
const DEAD_TOKEN_CODES = ['invalid_access_token', 'expired_access_token'];

/** One cheap call: false only when Dropbox says the token is dead; anything else (narrow, a team token, an outage) is not proof. */
async function isAlive(accessToken: string, dropbox: CommonOptions): Promise<boolean> {
  try {
    await getCurrentAccount({ ...dropbox, accessToken, retry: false, timeoutMs: 5_000 });
    return true;
  } catch (error) {
    return !(isDropboxOAuthError(error) && DEAD_TOKEN_CODES.includes(error.code));
  }
}

/**
 * One DropboxTokenManager per account and scope set, the least recently used dropped beyond
 * `maxEntries` (a Map's order is its insertion order, so a use re-inserts the entry last).
 */
function managerEntries(options: TokenCacheOptions) {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 256;

  const created = (account: Account, scopes: string[]): Entry => {
    const refreshToken = options.secrets(account.refreshTokenEnv);
    if (refreshToken === undefined || refreshToken === '')
      throw new Error(`the refresh token of account ${account.name} (${account.refreshTokenEnv}) is not set`);
    const manager = new DropboxTokenManager({
      clientId: account.appKey,
      clientSecret: account.appSecretEnv === undefined ? undefined : options.secrets(account.appSecretEnv),
      refreshToken,
      scope: scopes,
      ...options.dropbox,
      now: options.now,
    });
    return { account, manager, token: undefined, aliveAt: 0, checking: undefined };
  };

  return {
    entryFor(account: Account, scopes: string[]): Entry {
      const key = `${account.name}\u0000${scopes.join(' ')}`;
      const entry = entries.get(key) ?? created(account, scopes);
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return entry;
    },
    dropAccount(account: string): void {
      for (const [key, entry] of entries) if (entry.account.name === account) entries.delete(key);
    },
  };
}

/**
 * Access tokens per account and scope set, each kept until five minutes before it expires and
 * refreshed single-flight (the core's DropboxTokenManager): a thousand jobs starting at once make
 * one Dropbox call. A token that has been served for `revokeCheckMs` is checked once (single-flight)
 * before it is served again: dead, it is dropped and the refresh decides. A refresh answered
 * `invalid_grant` marks the account revoked until the broker restarts with a new refresh token.
 */
export function createTokenCache(options: TokenCacheOptions): TokenSource {
  const entries = managerEntries(options);
  const revoked = new Set<string>();
  const failing = new Set<string>();

  const markRevoked = (account: string) => {
    revoked.add(account);
    failing.delete(account);
    entries.dropAccount(account);
  };

  const refreshed = async (entry: Entry): Promise<TokenSet> => {
    try {
      const tokens = await entry.manager.getTokenSet();
      failing.delete(entry.account.name);
      return tokens;
    } catch (error) {
      if (isDropboxOAuthError(error) && error.code === 'invalid_grant') {
        markRevoked(entry.account.name);
        throw new AccountRevoked(entry.account.name);
      }
      failing.add(entry.account.name);
      throw error;
    }
  };

  /** A cached token due for a check is checked once, however many requests wait for it. */
  const stillAlive = (entry: Entry, token: string): Promise<boolean> => {
    entry.checking ??= isAlive(token, options.dropbox).finally(() => {
      entry.checking = undefined;
      entry.aliveAt = options.now();
    });
    return entry.checking;
  };

  async function tokenFor(account: Account, scopes: string[]): Promise<TokenSet> {
    if (revoked.has(account.name)) throw new AccountRevoked(account.name);
    const entry = entries.entryFor(account, scopes);
    let tokens = await refreshed(entry);
    if (tokens.accessToken !== entry.token) {
      entry.token = tokens.accessToken; // fresh from Dropbox: alive now
      entry.aliveAt = options.now();
    } else if (
      options.now() - entry.aliveAt >= options.revokeCheckMs &&
      !(await stillAlive(entry, tokens.accessToken))
    ) {
      entry.manager.invalidate();
      tokens = await refreshed(entry);
      entry.token = tokens.accessToken;
      entry.aliveAt = options.now();
    }
    if (revoked.has(account.name)) throw new AccountRevoked(account.name);
    return tokens;
  }

  const health = (): CacheHealth => ({ accounts: options.accountCount, failing: failing.size, revoked: revoked.size });

  return { tokenFor, health };
}
