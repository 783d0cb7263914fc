import { type CommonOptions, type TokenSet, isDropboxOAuthError } from '@dropbox-token/core';
import type { JWTPayload } from 'jose';
import { type AuditLine, auditClaims, sha256Hex } from './audit.js';
import type { BrokerConfig, Identity } from './config.js';
import { DropboxUnavailable } from './errors.js';
import { type VerifiedToken, createIssuerVerifiers } from './issuer-verifiers.js';
import { IssuerUnavailable, SKEW_SECONDS, TokenRefused } from './oidc-verifier.js';
import { policyMismatch } from './policy.js';
import { type ReplayStore, memoryReplayStore } from './replay-store.js';
import { AccountRevoked, type SecretSource, type TokenSource, createTokenCache } from './token-cache.js';

export type { AuditLine } from './audit.js';

export interface BrokerOptions {
  config: BrokerConfig;
  /** Refresh tokens and app secrets by the names the accounts give. */
  secrets: SecretSource;
  audit: (line: AuditLine) => void;
  /** For Dropbox calls (default: api.dropboxapi.com through the global fetch). */
  dropbox?: CommonOptions | undefined;
  /** For the issuer's discovery document and key set. */
  fetch?: typeof fetch | undefined;
  now?: (() => number) | undefined;
  /** The least time between key-set fetches for unknown key ids (default 10 s). */
  keySetCooldownMs?: number | undefined;
  /** Where each token's `jti` is claimed once (default: this process's memory). */
  replayStore?: ReplayStore | undefined;
  /** How long the replay store may take to answer before the request is refused (default 5 s). */
  replayStoreTimeoutMs?: number | undefined;
  /** Where access tokens come from (default: this process's cache; on Workers, Durable Objects). */
  tokens?: TokenSource | undefined;
}

/** A replay store that has not answered by then is unavailable: the request is refused, never allowed. */
const REPLAY_STORE_TIMEOUT_MS = 5_000;

type Status = 400 | 401 | 403 | 404 | 405 | 502 | 503;

/** A refusal: its status, a code, what the client is told, and (for the audit line) the whole reason. */
class Refusal extends Error {
  constructor(
    readonly status: Status,
    readonly code: string,
    message: string,
    readonly reason: string = message,
  ) {
    super(message);
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * What the broker reads of a request: a web `Request` has all of it (Workers), and the Node server
 * passes a plain object of the same shape, so the common path builds no fetch-API objects there.
 */
export interface BrokerRequest {
  method: string;
  /** The absolute URL (only its path is read). */
  url: string;
  headers: { get(name: string): string | null };
  /** The body, read only once the token verified. */
  text(): Promise<string>;
}

/** The broker's answer: always JSON, never cached. `json()`/`text()` read it as a Response would. */
export interface BrokerAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

const json = (status: number, value: unknown): BrokerAnswer => {
  const body = JSON.stringify(value);
  return {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body,
    text: async () => body,
    json: async () => JSON.parse(body) as unknown,
  };
};

/** The path of a request's URL, without building a URL object for the common case. */
const pathOf = (url: string) => /^[a-z]+:\/\/[^/]*(\/[^?#]*)?/i.exec(url)?.[1] ?? '/';

/** The request's body: `{ identity, scope? }`. */
async function readBody(request: BrokerRequest): Promise<{ identity: string; scope: string[] | undefined }> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new Refusal(400, 'invalid_request', 'the body must be JSON: {"identity": "NAME", "scope": "A B"}');
  }
  const identity = (body as { identity?: unknown } | null)?.identity;
  const scope = (body as { scope?: unknown } | null)?.scope;
  if (typeof identity !== 'string' || identity === '')
    throw new Refusal(400, 'invalid_request', 'the body must name the identity: {"identity": "NAME"}');
  if (scope !== undefined && typeof scope !== 'string')
    throw new Refusal(400, 'invalid_request', 'scope must be a string of space-separated scopes');
  return { identity, scope: scope?.split(/\s+/).filter((s) => s !== '') };
}

/** The scopes to mint, once each and sorted: what was asked (never more than the policy's), or the policy's. */
function scopesFor(identity: Identity, asked: string[] | undefined): string[] {
  if (asked === undefined || asked.length === 0) return identity.scopes;
  const extra = asked.filter((scope) => !identity.scopes.includes(scope));
  if (extra.length > 0)
    throw new Refusal(403, 'scope_not_allowed', `the identity ${identity.name} does not allow ${extra.join(' ')}`);
  return [...new Set(asked)].sort();
}

/** What a request revealed on its way, for its audit line: only verified claims and configured names. */
interface Seen {
  claims?: JWTPayload;
  identity?: Identity;
  scopes?: string[];
}

/** What one decision needs. */
interface Decider {
  config: BrokerConfig;
  verify: (token: string) => Promise<VerifiedToken>;
  replayStore: ReplayStore;
  replayStoreTimeoutMs: number;
  tokenFor: TokenSource['tokenFor'];
}

/**
 * A policy refusal: one answer for an unknown identity, an unmatched claim and an event, so an
 * outsider learns nothing about the policies; the reason goes to the audit line (or, with
 * `explain_refusals`, to the client too).
 */
function accessDenied(config: BrokerConfig, asked: string, claims: JWTPayload, reason: string): Refusal {
  // A GitHub run, or a GitLab pipeline.
  const runId = [claims['run_id'], claims['pipeline_id']].find((id) => typeof id === 'string') ?? 'unknown';
  const who = NAME.test(asked) ? asked : '(not an identity name)';
  const message = config.explainRefusals
    ? reason
    : `the broker does not allow this run (run ${runId}) as the identity ${who}; the reason is in its operator's audit log`;
  return new Refusal(403, 'access_denied', message, reason);
}

/** `jti` claimed once, after the policy matched and before anything is minted (so a refused request burns nothing). */
async function claimOnce(store: ReplayStore, timeoutMs: number, claims: JWTPayload): Promise<void> {
  let first: boolean;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    first = await Promise.race([
      store.claim(String(claims.iss), String(claims.jti), Number(claims.exp) + SKEW_SECONDS),
      late,
    ]);
  } catch {
    throw new Refusal(
      503,
      'replay_store_unavailable',
      'the broker cannot check tokens for reuse right now: retry later',
    );
  } finally {
    clearTimeout(timer);
  }
  if (!first) throw new Refusal(401, 'invalid_token', 'the token was already used: request a new one for each call');
}

/** The route, the bearer, the token verified; then the body, the identity's policy and scopes; then the token. */
async function decide(request: BrokerRequest, seen: Seen, decider: Decider) {
  const { config, verify, replayStore, replayStoreTimeoutMs, tokenFor } = decider;
  if (pathOf(request.url).replace(/\/+$/, '') !== '/token') throw new Refusal(404, 'not_found', 'POST /token');
  if (request.method !== 'POST') throw new Refusal(405, 'method_not_allowed', 'POST /token');
  const bearer = /^Bearer ([\w.-]+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (bearer === undefined)
    throw new Refusal(
      401,
      'missing_token',
      "send the workflow's OIDC token as Authorization: Bearer (the job needs permissions: id-token: write)",
    );
  const { claims, issuer } = await verify(bearer);
  seen.claims = claims;
  const body = await readBody(request);
  const identity = config.identities.get(body.identity);
  if (identity === undefined)
    throw accessDenied(config, body.identity, claims, 'identity: no identity of that name is configured');
  seen.identity = identity;
  // A token from one issuer never matches another issuer's identity.
  if (identity.issuer !== issuer.name)
    throw accessDenied(config, body.identity, claims, `iss: the identity ${identity.name} trusts another issuer`);
  const mismatch = policyMismatch(identity, claims, issuer.kind);
  if (mismatch !== undefined)
    throw accessDenied(config, body.identity, claims, `${mismatch.claim}: ${mismatch.reason}`);
  seen.scopes = scopesFor(identity, body.scope);
  await claimOnce(replayStore, replayStoreTimeoutMs, claims);
  return tokenFor(config.accounts.get(identity.account)!, seen.scopes);
}

/** Any failure as the refusal the caller sees: the token's fault (401), the policy's (403), or ours (502, 503). */
function refusalFor(error: unknown): Refusal {
  if (error instanceof Refusal) return error;
  if (error instanceof TokenRefused) return new Refusal(401, 'invalid_token', error.message);
  if (error instanceof IssuerUnavailable) return new Refusal(502, 'issuer_unavailable', error.message);
  if (error instanceof AccountRevoked)
    return new Refusal(
      503,
      'account_revoked',
      `the refresh token of account ${error.account} was revoked (a revoke reaches every token minted from it); the operator must run dropbox-token-bootstrap --broker-config for it, then set the new refresh token and restart the broker`,
    );
  const code = isDropboxOAuthError(error) || error instanceof DropboxUnavailable ? error.code : 'error';
  return new Refusal(502, 'dropbox_unavailable', `Dropbox did not give a token (${code})`);
}

/** The token cache (the one given, or a new one) and what `decide` needs. */
function partsOf(options: BrokerOptions, now: () => number) {
  const { config } = options;
  const cache =
    options.tokens ??
    createTokenCache({
      secrets: options.secrets,
      dropbox: { ...options.dropbox, now },
      now,
      revokeCheckMs: config.revokeCheckSeconds * 1000,
      accountCount: config.accounts.size,
    });
  const decider: Decider = {
    config,
    verify: createIssuerVerifiers({ config, fetch: options.fetch, now, keySetCooldownMs: options.keySetCooldownMs }),
    replayStore: options.replayStore ?? memoryReplayStore(now),
    replayStoreTimeoutMs: options.replayStoreTimeoutMs ?? REPLAY_STORE_TIMEOUT_MS,
    tokenFor: cache.tokenFor,
  };
  return { cache, decider };
}

/** One audit line per exchange, from what the exchange saw. */
function auditorFor(options: BrokerOptions, now: () => number) {
  return (seen: Seen, decision: AuditLine['decision'], reason: string, tokenSha256?: string) =>
    options.audit({
      time: new Date(now()).toISOString(),
      identity: seen.identity?.name ?? 'unknown',
      ...auditClaims(seen.claims),
      decision,
      reason,
      scopes: seen.scopes ?? [],
      ...(tokenSha256 === undefined ? {} : { token_sha256: tokenSha256 }),
    });
}

/** The 200 answer: the access token, its lifetime as of now, and the scopes granted. */
function tokenAnswer(tokens: TokenSet, scopes: string[], nowMs: number): BrokerAnswer {
  const expiresAt = tokens.expiresAt;
  return json(200, {
    access_token: tokens.accessToken,
    token_type: tokens.tokenType,
    expires_in: expiresAt === undefined ? undefined : Math.max(0, Math.floor((expiresAt.getTime() - nowMs) / 1000)),
    expires_at: expiresAt?.toISOString(),
    scope: scopes.join(' '),
  });
}

/**
 * The broker: `POST /token` with `Authorization: Bearer <GitHub Actions OIDC token>` and
 * `{"identity": "NAME"}` answers a Dropbox access token for the identity's account and scopes,
 * when the token verifies and its claims satisfy the identity's policy. Deny by default.
 * `GET /healthz` answers whether every account can still be served, as counts.
 */
export function createBroker(options: BrokerOptions) {
  const now = options.now ?? Date.now;
  const { cache, decider } = partsOf(options, now);
  const audit = auditorFor(options, now);

  async function exchange(request: BrokerRequest): Promise<BrokerAnswer> {
    const seen: Seen = {};
    try {
      const tokens = await decide(request, seen, decider);
      audit(seen, 'allowed', 'the policy matched', await sha256Hex(tokens.accessToken));
      return tokenAnswer(tokens, seen.scopes!, now());
    } catch (error) {
      const refusal = refusalFor(error);
      audit(seen, 'denied', refusal.reason);
      return json(refusal.status, { error: refusal.code, error_description: refusal.message });
    }
  }

  /** Counts only: no account name, no secret. */
  function healthz(): BrokerAnswer {
    const health = cache.health();
    const ok = health.failing === 0 && health.revoked === 0;
    return json(ok ? 200 : 503, { status: ok ? 'ok' : 'failing', ...health });
  }

  async function handle(request: BrokerRequest): Promise<BrokerAnswer> {
    if (request.method === 'GET' && pathOf(request.url) === '/healthz') return healthz();
    return exchange(request);
  }

  return { handle };
}
