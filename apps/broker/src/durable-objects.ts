import { DurableObject } from 'cloudflare:workers';
import { type TokenSet, getCurrentAccount, isDropboxOAuthError, refreshAccessToken } from '@dropbox-token/core';
import type { Account } from './config.js';

/** The Worker's bindings: its variables and secrets by name, and the two Durable Object namespaces. */
export type WorkerEnv = Record<string, unknown> & {
  BROKER_CONFIG?: string;
  DROPBOX_API_URL?: string;
  /** Any long random string (wrangler secret put TOKEN_CACHE_KEY): the cached tokens' encryption key. */
  TOKEN_CACHE_KEY?: string;
};

/**
 * One shard of the replay guard (shared/reference/broker-at-scale.md): a SQLite-backed Durable
 * Object, single-threaded and unique per id, where `INSERT … ON CONFLICT DO NOTHING RETURNING` tells
 * a first claim from a replay. Tokens are sharded by a hash of `iss + jti`; an alarm deletes rows
 * whose `until` has passed and sets itself again for the next one.
 */
export class ReplayGuard extends DurableObject<WorkerEnv> {
  constructor(ctx: ConstructorParameters<typeof DurableObject<WorkerEnv>>[0], env: WorkerEnv) {
    super(ctx, env);
    this.ctx.storage.sql.exec('CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, until INTEGER NOT NULL)');
  }

  /** True the first time `key` is claimed; false until `until` (seconds) has passed. */
  async claim(key: string, until: number): Promise<boolean> {
    const rows = this.ctx.storage.sql
      .exec('INSERT INTO claims (key, until) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING key', key, until)
      .toArray();
    if (rows.length === 1) {
      // The alarm runs at the earliest `until`: a claim that ends sooner than the one scheduled moves it.
      const scheduled = await this.ctx.storage.getAlarm();
      if (scheduled === null || (until + 1) * 1000 < scheduled) await this.ctx.storage.setAlarm((until + 1) * 1000);
    }
    return rows.length === 1;
  }

  async alarm(): Promise<void> {
    this.ctx.storage.sql.exec('DELETE FROM claims WHERE until < ?', Math.floor(Date.now() / 1000));
    const { next } = this.ctx.storage.sql.exec<{ next: number | null }>('SELECT MIN(until) AS next FROM claims').one();
    if (next !== null) await this.ctx.storage.setAlarm((next + 1) * 1000);
  }
}

/** What a TokenMinter answers: the token (as plain values), or why not. */
export type MintAnswer =
  | { status: 'ok'; accessToken: string; tokenType: string; expiresAt: number | undefined }
  | { status: 'revoked' }
  | { status: 'failed'; code: string };

export interface MintRequest {
  account: Account;
  scopes: string[];
  revokeCheckMs: number;
}

interface StoredToken {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  tokenType: string;
  expiresAt: number | undefined;
  aliveAt: number;
}

const MARGIN_MS = 300_000;
const LEGACY_LIFETIME_MS = 4 * 3600_000;
const encoder = new TextEncoder();

/** AES-GCM with a key derived (HKDF-SHA-256) from the TOKEN_CACHE_KEY secret. */
async function cacheKey(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(32),
      info: encoder.encode('dropbox-token-broker token cache'),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * One per account and scope set: every isolate, everywhere, shares one refresh per token lifetime.
 * The access token is kept in the object's storage (its memory is dropped after about 10 s idle),
 * encrypted with AES-GCM; a token served for `revokeCheckMs` is checked once before it is served
 * again, and a refresh answered `invalid_grant` marks the account revoked.
 */
export class TokenMinter extends DurableObject<WorkerEnv> {
  #pending: Promise<MintAnswer> | undefined;
  #key: Promise<CryptoKey> | undefined;

  mint(request: MintRequest): Promise<MintAnswer> {
    // Single-flight within the object: requests that arrive together share one answer.
    this.#pending ??= this.#answer(request).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #answer(request: MintRequest): Promise<MintAnswer> {
    if (await this.ctx.storage.get<boolean>('revoked')) return { status: 'revoked' };
    const stored = await this.ctx.storage.get<StoredToken>('token');
    const now = Date.now();
    const accessToken = stored === undefined ? undefined : await this.#open(stored);
    if (
      stored !== undefined &&
      accessToken !== undefined &&
      (stored.expiresAt ?? Number.POSITIVE_INFINITY) - MARGIN_MS > now
    ) {
      if (now - stored.aliveAt < request.revokeCheckMs || (await this.#alive(accessToken))) {
        if (now - stored.aliveAt >= request.revokeCheckMs)
          await this.ctx.storage.put('token', { ...stored, aliveAt: now });
        return { status: 'ok', accessToken, tokenType: stored.tokenType, expiresAt: stored.expiresAt };
      }
      await this.ctx.storage.delete('token');
    }
    return this.#refresh(request);
  }

  async #refresh({ account, scopes }: MintRequest): Promise<MintAnswer> {
    let tokens: TokenSet;
    try {
      tokens = await refreshAccessToken({
        clientId: account.appKey,
        clientSecret: account.appSecretEnv === undefined ? undefined : (this.env[account.appSecretEnv] as string),
        refreshToken: this.env[account.refreshTokenEnv] as string,
        scope: scopes,
        apiUrl: this.env.DROPBOX_API_URL,
      });
    } catch (error) {
      const code = isDropboxOAuthError(error) ? error.code : 'error';
      if (code === 'invalid_grant') {
        await this.ctx.storage.put('revoked', true);
        await this.ctx.storage.delete('token');
        return { status: 'revoked' };
      }
      return { status: 'failed', code };
    }
    const expiresAt = tokens.expiresAt?.getTime() ?? Date.now() + LEGACY_LIFETIME_MS;
    await this.ctx.storage.put('token', {
      ...(await this.#seal(tokens.accessToken)),
      tokenType: tokens.tokenType,
      expiresAt,
      aliveAt: Date.now(),
    });
    return {
      status: 'ok',
      accessToken: tokens.accessToken,
      tokenType: tokens.tokenType,
      expiresAt: tokens.expiresAt?.getTime(),
    };
  }

  /** false only when Dropbox says the token is dead (missing_scope is a narrow token, alive). */
  async #alive(accessToken: string): Promise<boolean> {
    try {
      await getCurrentAccount({ accessToken, apiUrl: this.env.DROPBOX_API_URL, retry: false, timeoutMs: 5_000 });
      return true;
    } catch (error) {
      return !(isDropboxOAuthError(error) && ['invalid_access_token', 'expired_access_token'].includes(error.code));
    }
  }

  #cryptoKey(): Promise<CryptoKey> {
    this.#key ??= cacheKey(String(this.env.TOKEN_CACHE_KEY));
    return this.#key;
  }

  async #seal(accessToken: string): Promise<{ iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> }> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await this.#cryptoKey(),
      encoder.encode(accessToken),
    );
    return { iv, ciphertext: new Uint8Array(sealed) };
  }

  /** The cached token, or undefined when it does not open (the key was changed): then it is minted again. */
  async #open(stored: StoredToken): Promise<string | undefined> {
    try {
      const key = await this.#cryptoKey();
      return new TextDecoder().decode(
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv }, key, stored.ciphertext),
      );
    } catch {
      return undefined;
    }
  }
}
