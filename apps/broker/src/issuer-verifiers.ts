import { type JWTPayload, decodeJwt } from 'jose';
import { KIND_RULES } from './claim-rules.js';
import type { BrokerConfig, IssuerConfig } from './config.js';
import { TokenRefused } from './errors.js';
import { createOidcVerifier } from './oidc-verifier.js';

export interface IssuerVerifierOptions {
  config: BrokerConfig;
  fetch?: typeof fetch | undefined;
  now: () => number;
  keySetCooldownMs?: number | undefined;
}

/** A verified token: its claims, and the configured issuer that signed it. */
export interface VerifiedToken {
  claims: JWTPayload;
  issuer: IssuerConfig;
}

/**
 * One verifier per configured issuer. A token's `iss` (read before anything is verified) picks the
 * issuer by exact match; a token from an issuer that is not configured is refused without any fetch
 * to it, so nobody can make the broker fetch from a URL of their choosing.
 */
export function createIssuerVerifiers(options: IssuerVerifierOptions) {
  const verifiers = new Map(
    [...options.config.issuers.values()].map((issuer) => [
      issuer.url,
      {
        issuer,
        verify: createOidcVerifier({
          issuer: issuer.url,
          audience: options.config.audience,
          requiredClaims: KIND_RULES[issuer.kind].required,
          fetch: options.fetch,
          now: options.now,
          keySetCooldownMs: options.keySetCooldownMs,
        }),
      },
    ]),
  );
  return async function verify(token: string): Promise<VerifiedToken> {
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw new TokenRefused('the token is not an OIDC token this broker can verify');
    }
    const verifier = typeof iss === 'string' ? verifiers.get(iss) : undefined;
    if (verifier === undefined) throw new TokenRefused('the token comes from an issuer this broker does not trust');
    return { claims: await verifier.verify(token), issuer: verifier.issuer };
  };
}
