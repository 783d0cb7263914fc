import { type JWTPayload, createRemoteJWKSet, errors, jwtVerify } from 'jose';

/** Why a workflow's token was refused: a reason a person can act on, never which part of a signature failed. */
export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';
}

/** The issuer's discovery document or key set could not be read: the broker's problem, not the token's. */
export class IssuerUnavailable extends Error {
  override readonly name = 'IssuerUnavailable';
}

export interface OidcVerifierOptions {
  issuer: string;
  audience: string;
  fetch?: typeof fetch | undefined;
  now?: (() => number) | undefined;
  /** The least time between two fetches of the key set for unknown key ids (default 10 s). */
  keySetCooldownMs?: number | undefined;
}

/** Seconds of clock skew allowed on exp, nbf and iat. */
const SKEW_SECONDS = 60;

/** The one algorithm GitHub signs Actions tokens with (its JWKS publishes RSA keys, RS256). */
const ALGORITHMS = ['RS256'];

/** The reason for a refusal, from jose's error codes; signature problems all read the same. */
function reasonFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired: request a new one';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return 'the token was issued for another audience: request it with the broker URL as audience';
    if (error.claim === 'iss') return 'the token comes from another issuer';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    if (error.claim === 'iat') return 'the token was issued in the future';
    return `the token lacks a valid ${error.claim} claim`;
  }
  return 'the token is not a GitHub Actions OIDC token this broker can verify';
}

/**
 * Verifies GitHub Actions OIDC tokens with jose: the signature against the issuer's JWKS (found by
 * discovery, cached, fetched again for an unknown key id), `iss`, `aud`, `exp`/`nbf`/`iat` with a
 * small skew, RS256 only, and each `jti` at most once.
 */
export function createOidcVerifier(options: OidcVerifierOptions) {
  const seen = new Map<string, number>();
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  /** Discovery, then jose's cached key set: once for all requests, however many arrive together. */
  const discoverKeySet = async () => {
    const answer = await fetchImpl(`${options.issuer}/.well-known/openid-configuration`, { redirect: 'manual' });
    const discovery = answer.ok ? ((await answer.json()) as { jwks_uri?: unknown }) : {};
    if (typeof discovery.jwks_uri !== 'string') throw new IssuerUnavailable('the issuer published no key set');
    return createRemoteJWKSet(new URL(discovery.jwks_uri), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: options.keySetCooldownMs ?? 10_000,
    });
  };
  let keySetPromise: ReturnType<typeof discoverKeySet> | undefined;
  // Shared while pending (a matrix of jobs starting together asks once); forgotten on failure, so the next request asks again.
  const keySet = () => {
    keySetPromise ??= discoverKeySet().catch((error: unknown) => {
      keySetPromise = undefined;
      throw error;
    });
    return keySetPromise;
  };
  const forget = (nowSeconds: number) => {
    for (const [jti, exp] of seen) if (exp + SKEW_SECONDS < nowSeconds) seen.delete(jti);
  };
  return async function verify(token: string): Promise<JWTPayload> {
    const now = options.now ?? Date.now;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await keySet(), {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: SKEW_SECONDS,
        currentDate: new Date(now()),
        requiredClaims: ['jti', 'iat', 'exp', 'sub', 'repository'],
      }));
    } catch (error) {
      if (error instanceof IssuerUnavailable) throw error;
      // jose's own errors are about the token (or the key set it names); anything else is ours.
      if (
        !(error instanceof errors.JOSEError) ||
        error instanceof errors.JWKSTimeout ||
        error instanceof errors.JWKSInvalid
      )
        throw new IssuerUnavailable("the issuer's key set could not be read");
      throw new TokenRefused(reasonFor(error));
    }
    const nowSeconds = Math.floor(now() / 1000);
    forget(nowSeconds);
    const jti = String(payload.jti);
    if (seen.has(jti)) throw new TokenRefused('the token was already used: request a new one for each call');
    seen.set(jti, Number(payload.exp));
    return payload;
  };
}
