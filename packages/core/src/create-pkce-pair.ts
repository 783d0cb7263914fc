import { base64UrlEncode, randomBase64Url } from './base64url.js';
import { invalidOptions } from './validate.js';

export interface PkcePair {
  /** Keep this secret until the code exchange. */
  verifier: string;
  /** Send this in the authorize URL with `code_challenge_method=S256`. */
  challenge: string;
}

const VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)), no padding (RFC 7636 §4.2). */
export async function computeCodeChallenge(verifier: string): Promise<string> {
  if (!VERIFIER_PATTERN.test(verifier))
    throw invalidOptions('buildAuthorizeUrl', 'a PKCE verifier has 43–128 of [A-Za-z0-9-._~]');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

/**
 * A fresh PKCE verifier and its S256 challenge. The verifier is the base64url form of
 * `bytes` random bytes (default 64 → 86 characters; RFC 7636 allows 43–128).
 */
export async function createPkcePair(options: { bytes?: number } = {}): Promise<PkcePair> {
  const bytes = options.bytes ?? 64;
  if (!Number.isInteger(bytes) || bytes < 32 || bytes > 96)
    throw invalidOptions('buildAuthorizeUrl', '`bytes` must be a whole number from 32 to 96');
  const verifier = randomBase64Url(bytes);
  return { verifier, challenge: await computeCodeChallenge(verifier) };
}
