import { type JWTPayload, createRemoteJWKSet, customFetch, errors, jwtVerify } from 'jose';
import { IssuerUnavailable, TokenRefused } from './errors.js';
import { fetchIssuerDocument } from './issuer-fetch.js';

export { IssuerUnavailable, TokenRefused };

export interface OidcVerifierOptions {
  issuer: string;
  audience: string;
  /** Claims every token of this issuer's kind carries. */
  requiredClaims: string[];
  fetch?: typeof fetch | undefined;
  now?: (() => number) | undefined;
  /** The least time between two fetches of the key set for unknown key ids (default 10 s). */
  keySetCooldownMs?: number | undefined;
}

/** Seconds of clock skew allowed on exp, nbf and iat (and added to a claimed jti's lifetime). */
export const SKEW_SECONDS = 60;

/** How long a failed discovery is remembered: requests meanwhile are answered at once, and a recovered issuer serves again within seconds. */
const FAILURE_MEMORY_MS = 5_000;

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
  return 'the token is not an OIDC token this broker can verify';
}

/** Discovery, then jose's cached key set, every fetch bounded in time and size. */
async function discoverKeySet(options: OidcVerifierOptions, fetchImpl: typeof fetch) {
  const text = await fetchIssuerDocument(fetchImpl, `${options.issuer}/.well-known/openid-configuration`);
  let jwksUri: unknown;
  try {
    jwksUri = (JSON.parse(text) as { jwks_uri?: unknown } | null)?.jwks_uri;
  } catch {
    throw new IssuerUnavailable('the issuer published no key set');
  }
  if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri))
    throw new IssuerUnavailable('the issuer published no key set');
  return createRemoteJWKSet(new URL(jwksUri), {
    cacheMaxAge: 10 * 60_000,
    cooldownDuration: options.keySetCooldownMs ?? 10_000,
    // The same bounds as discovery; a stalled or oversized key set is the issuer's failure, not the token's.
    [customFetch]: async (url, init) => new Response(await fetchIssuerDocument(fetchImpl, url, init.signal)),
  });
}

/**
 * Verifies GitHub Actions OIDC tokens with jose: the signature against the issuer's JWKS (found by
 * discovery, cached, fetched again for an unknown key id), `iss`, `aud`, `exp`/`nbf`/`iat` with a
 * small skew, RS256 only. One-time use is the replay store's, claimed once the policy matched.
 */
export function createOidcVerifier(options: OidcVerifierOptions) {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  let keySetPromise: ReturnType<typeof discoverKeySet> | undefined;
  let failure: { error: unknown; at: number } | undefined;
  // Shared while pending (a matrix of jobs starting together asks once); a failure is answered at
  // once for a few seconds, then the issuer is asked again.
  const keySet = async () => {
    if (failure !== undefined && now() - failure.at < FAILURE_MEMORY_MS) throw failure.error;
    keySetPromise ??= discoverKeySet(options, fetchImpl).catch((error: unknown) => {
      keySetPromise = undefined;
      failure = { error, at: now() };
      throw error;
    });
    return keySetPromise;
  };
  return async function verify(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, await keySet(), {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: SKEW_SECONDS,
        currentDate: new Date(now()),
        requiredClaims: options.requiredClaims,
      });
      return payload;
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
  };
}
