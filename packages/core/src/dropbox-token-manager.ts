import type { CommonOptions } from './options.js';
import { tryParseJson } from './parse-error-body.js';
import { type RefreshAccessTokenOptions, refreshAccessToken } from './refresh-access-token.js';
import type { TokenSet } from './token-set.js';
import { invalidOptions, requireString } from './validate.js';

export interface DropboxTokenManagerOptions extends CommonOptions {
  clientId: string;
  clientSecret?: string | undefined;
  refreshToken: string;
  /** Ask each refresh for a narrower token. */
  scope?: string[] | undefined;
  /** Refresh this many seconds before the access token expires. Default 300. */
  refreshMarginSeconds?: number | undefined;
}

const LEGACY_LIFETIME_MS = 4 * 3600_000;

/**
 * Keeps a valid access token for a long-running program.
 *
 * `getAccessToken()` returns the cached token until `refreshMarginSeconds` before expiry, then
 * refreshes; concurrent callers share one in-flight refresh. `fetch` is a drop-in `fetch` that adds
 * the bearer header and, on a 401 `expired_access_token`, refreshes once and retries.
 */
export class DropboxTokenManager {
  readonly #options: DropboxTokenManagerOptions;
  readonly #marginMs: number;
  #current: TokenSet | undefined;
  /** When the current token is treated as expired: its `expiresAt`, or four hours after a legacy answer without one. */
  #until = 0;
  #inFlight: Promise<TokenSet> | undefined;

  constructor(options: DropboxTokenManagerOptions) {
    requireString('tokenManager', 'clientId', options.clientId);
    requireString('tokenManager', 'refreshToken', options.refreshToken);
    const margin = options.refreshMarginSeconds ?? 300;
    if (!Number.isFinite(margin) || margin < 0)
      throw invalidOptions('tokenManager', '`refreshMarginSeconds` must be a non-negative number');
    this.#options = { ...options };
    this.#marginMs = margin * 1000;
  }

  /** A valid access token, refreshed when needed. */
  async getAccessToken(): Promise<string> {
    return (await this.getTokenSet()).accessToken;
  }

  /** The current TokenSet, refreshed when within the margin of expiry. */
  async getTokenSet(): Promise<TokenSet> {
    const now = (this.#options.now ?? Date.now)();
    if (this.#current !== undefined && this.#until - this.#marginMs > now) return this.#current;
    return this.#refresh();
  }

  /** Forgets the cached token, so the next call refreshes. */
  invalidate(): void {
    this.#current = undefined;
  }

  #refresh(): Promise<TokenSet> {
    if (this.#inFlight !== undefined) return this.#inFlight;
    const { refreshMarginSeconds: _margin, ...rest } = this.#options;
    const refreshOptions: RefreshAccessTokenOptions = rest;
    const pending = refreshAccessToken(refreshOptions).then(
      (tokens) => {
        this.#current = tokens;
        // Dropbox access tokens live four hours (reference §1); a legacy answer without expires_in is never kept longer.
        this.#until = tokens.expiresAt?.getTime() ?? (this.#options.now ?? Date.now)() + LEGACY_LIFETIME_MS;
        this.#inFlight = undefined;
        return tokens;
      },
      (error: unknown) => {
        this.#inFlight = undefined;
        throw error;
      },
    );
    this.#inFlight = pending;
    return pending;
  }

  /**
   * A `fetch` that authenticates as the linked account. On a 401 whose `error[".tag"]` is
   * `expired_access_token`, it refreshes once and sends the request again. Streamed bodies
   * cannot be sent twice, so pass strings, buffers or Blobs when a retry matters.
   */
  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const fetchImpl = this.#options.fetch ?? globalThis.fetch;
    const send = async (token: string) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetchImpl(input, { ...init, headers });
    };
    const used = await this.getAccessToken();
    const response = await send(used);
    if (response.status !== 401 || !(await isExpiredTokenResponse(response))) return response;
    if (this.#current?.accessToken === used) this.invalidate();
    return send(await this.getAccessToken());
  };
}

async function isExpiredTokenResponse(response: Response): Promise<boolean> {
  const body = tryParseJson(await response.clone().text());
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as Record<string, unknown>)['error'];
  return (
    typeof error === 'object' && error !== null && (error as Record<string, unknown>)['.tag'] === 'expired_access_token'
  );
}
