import { type CommonOptions, DropboxTokenManager, type TokenSet } from '@dropbox-token/core';
import type { Account } from './config.js';

/** Where an account's secrets are read: environment variables on Node, bindings on Workers. */
export type SecretSource = (name: string) => string | undefined;

/**
 * Access tokens per account and scope set, each kept until five minutes before it expires and
 * refreshed single-flight (the core's DropboxTokenManager): a thousand jobs starting at once make
 * one Dropbox call.
 */
export function createTokenCache(secrets: SecretSource, dropbox: CommonOptions) {
  const managers = new Map<string, DropboxTokenManager>();
  return async function tokenFor(account: Account, scopes: string[]): Promise<TokenSet> {
    const key = `${account.name}\u0000${[...scopes].sort().join(' ')}`;
    let manager = managers.get(key);
    if (manager === undefined) {
      const refreshToken = secrets(account.refreshTokenEnv);
      if (refreshToken === undefined || refreshToken === '')
        throw new Error(`the refresh token of account ${account.name} (${account.refreshTokenEnv}) is not set`);
      manager = new DropboxTokenManager({
        clientId: account.appKey,
        clientSecret: account.appSecretEnv === undefined ? undefined : secrets(account.appSecretEnv),
        refreshToken,
        scope: scopes,
        ...dropbox,
      });
      managers.set(key, manager);
    }
    return manager.getTokenSet();
  };
}
