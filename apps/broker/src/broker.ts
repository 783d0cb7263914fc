import { type CommonOptions, isDropboxOAuthError } from '@dropbox-token/core';
import type { JWTPayload } from 'jose';
import type { BrokerConfig, Identity } from './config.js';
import { IssuerUnavailable, TokenRefused, createOidcVerifier } from './oidc-verifier.js';
import { policyMismatch } from './policy.js';
import { type SecretSource, createTokenCache } from './token-cache.js';

/** One line per decision, for the operator's logs: who asked, for what, and the outcome. Never a token. */
export interface AuditLine {
  time: string;
  identity: string | undefined;
  repository: string | undefined;
  ref: string | undefined;
  run_id: string | undefined;
  decision: 'allowed' | 'denied';
  reason: string;
}

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
}

/** A refusal: its status, a code, and a sentence a person can act on. */
class Refusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 502,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

const claim = (claims: JWTPayload | undefined, name: string) =>
  typeof claims?.[name] === 'string' ? (claims[name] as string) : undefined;

/** The request's body: `{ identity, scope? }`. */
async function readBody(request: Request): Promise<{ identity: string; scope: string[] | undefined }> {
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
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

/** The scopes to mint: what was asked (never more than the policy's), or the policy's. */
function scopesFor(identity: Identity, asked: string[] | undefined): string[] {
  if (asked === undefined || asked.length === 0) return identity.scopes;
  const extra = asked.filter((scope) => !identity.scopes.includes(scope));
  if (extra.length > 0)
    throw new Refusal(403, 'scope_not_allowed', `the identity ${identity.name} does not allow ${extra.join(' ')}`);
  return asked;
}

/** What a request revealed on its way, for its audit line. */
interface Seen {
  claims?: JWTPayload;
  identity?: string;
}

/** What one decision needs: the configuration, the token verifier and the token cache. */
interface Decider {
  config: BrokerConfig;
  verify: (token: string) => Promise<JWTPayload>;
  tokenFor: ReturnType<typeof createTokenCache>;
}

/** The route, the bearer and the body; the token verified; the identity's policy and scopes; then the token. */
async function decide(request: Request, seen: Seen, { config, verify, tokenFor }: Decider) {
  const url = new URL(request.url);
  if (url.pathname.replace(/\/+$/, '') !== '/token') throw new Refusal(404, 'not_found', 'POST /token');
  if (request.method !== 'POST') throw new Refusal(405, 'method_not_allowed', 'POST /token');
  const bearer = /^Bearer ([\w.-]+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (bearer === undefined)
    throw new Refusal(
      401,
      'missing_token',
      "send the workflow's OIDC token as Authorization: Bearer (the job needs permissions: id-token: write)",
    );
  const body = await readBody(request);
  seen.identity = body.identity;
  seen.claims = await verify(bearer);
  const identity = config.identities.get(body.identity);
  if (identity === undefined) throw new Refusal(403, 'unknown_identity', `no identity ${body.identity} is configured`);
  const mismatch = policyMismatch(identity, seen.claims);
  if (mismatch !== undefined) throw new Refusal(403, 'policy_mismatch', `this run does not match: ${mismatch}`);
  const scopes = scopesFor(identity, body.scope);
  const tokens = await tokenFor(config.accounts.get(identity.account)!, scopes);
  return { tokens, scopes };
}

/** Any failure as the refusal the caller sees: the token's fault (401), the policy's (403), or ours (502). */
function refusalFor(error: unknown): Refusal {
  if (error instanceof Refusal) return error;
  if (error instanceof TokenRefused) return new Refusal(401, 'invalid_token', error.message);
  if (error instanceof IssuerUnavailable) return new Refusal(502, 'issuer_unavailable', error.message);
  const code = isDropboxOAuthError(error) ? error.code : 'error';
  return new Refusal(502, 'dropbox_unavailable', `Dropbox did not give a token (${code})`);
}

/**
 * The broker: `POST /token` with `Authorization: Bearer <GitHub Actions OIDC token>` and
 * `{"identity": "NAME"}` answers a Dropbox access token for the identity's account and scopes,
 * when the token verifies and its claims satisfy the identity's policy. Deny by default.
 */
export function createBroker(options: BrokerOptions) {
  const { config } = options;
  const now = options.now ?? Date.now;
  const decider: Decider = {
    config,
    verify: createOidcVerifier({
      issuer: config.issuer,
      audience: config.audience,
      fetch: options.fetch,
      now,
      keySetCooldownMs: options.keySetCooldownMs,
    }),
    tokenFor: createTokenCache(options.secrets, { ...options.dropbox, now }),
  };

  async function handle(request: Request): Promise<Response> {
    const seen: Seen = {};
    const audit = (decision: AuditLine['decision'], reason: string) =>
      options.audit({
        time: new Date(now()).toISOString(),
        identity: seen.identity,
        repository: claim(seen.claims, 'repository'),
        ref: claim(seen.claims, 'ref'),
        run_id: claim(seen.claims, 'run_id'),
        decision,
        reason,
      });
    try {
      const { tokens, scopes } = await decide(request, seen, decider);
      audit('allowed', `scopes ${scopes.join(' ')}`);
      const expiresAt = tokens.expiresAt;
      return json(200, {
        access_token: tokens.accessToken,
        token_type: tokens.tokenType,
        expires_in: expiresAt === undefined ? undefined : Math.max(0, Math.floor((expiresAt.getTime() - now()) / 1000)),
        expires_at: expiresAt?.toISOString(),
        scope: scopes.join(' '),
      });
    } catch (error) {
      const refusal = refusalFor(error);
      audit('denied', refusal.message);
      return json(refusal.status, { error: refusal.code, error_description: refusal.message });
    }
  }

  return { handle };
}
