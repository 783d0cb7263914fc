import { invalidResponse, tokenEndpointError, tryParseJson } from './parse-error-body.js';
import type { ReceivedResponse, SendContext } from './send-request.js';
import type { TokenSet } from './token-set.js';
import { isIdentifierShaped, isScopeName, isTokenShaped } from './validate-values.js';

// Optional fields and the shape each must have: tokens, or identifiers.
const OPTIONAL_STRING_FIELDS = [
  ['refresh_token', 'refreshToken', isTokenShaped],
  ['account_id', 'accountId', isIdentifierShaped],
  ['team_id', 'teamId', isIdentifierShaped],
  ['uid', 'uid', isIdentifierShaped],
  ['id_token', 'idToken', isTokenShaped],
] as const;

/**
 * Checks a token endpoint response and turns it into a TokenSet, or throws a DropboxOAuthError.
 * Pure apart from the clock value passed in, so it can be tested without a server.
 */
export function parseTokenResponse(received: ReceivedResponse, outer: SendContext, nowMs: number): TokenSet {
  // Whatever tokens the body holds are secrets too: keep them out of any error built from it.
  const ctx: SendContext = { ...outer, secrets: [...outer.secrets, ...tokensIn(received.text)] };
  if (received.status < 200 || received.status >= 300) throw tokenEndpointError(received, ctx, nowMs);
  const body = tryParseJson(received.text);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidResponse(received, ctx, 'the body is not a JSON object');
  const record = body as Record<string, unknown>;
  if ('error' in record) throw tokenEndpointError(received, ctx, nowMs);

  const bad = (field: string) => invalidResponse(received, ctx, `${field} is missing or malformed`);
  const accessToken = record['access_token'];
  if (!isTokenShaped(accessToken)) throw bad('access_token');
  const tokenType = record['token_type'] ?? 'bearer';
  if (typeof tokenType !== 'string' || !/^[A-Za-z]{1,32}$/.test(tokenType)) throw bad('token_type');
  // A `legacy` code exchange answers without expires_in; the SDKs treat it as optional (reference §10).
  const expiresIn = record['expires_in'] == null ? undefined : parseExpiresIn(record['expires_in']);
  if (expiresIn === undefined && record['expires_in'] != null) throw bad('expires_in');
  const scope = record['scope'] ?? '';
  if (typeof scope !== 'string' || scope.length > 8192) throw bad('scope');
  const scopes = scope.split(' ').filter((s) => s.length > 0);
  if (!scopes.every(isScopeName)) throw bad('scope');

  const tokens: TokenSet = { accessToken, tokenType, scopes };
  if (expiresIn !== undefined) {
    tokens.expiresIn = expiresIn;
    tokens.expiresAt = new Date(nowMs + expiresIn * 1000);
  }
  for (const [wire, name, wellFormed] of OPTIONAL_STRING_FIELDS) {
    const value = record[wire];
    if (value === undefined || value === null) continue;
    if (!wellFormed(value)) throw bad(wire);
    tokens[name] = value;
  }
  return tokens;
}

/** `expires_in` arrives as a number, or in some documented samples as a numeric string. */
function parseExpiresIn(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

function tokensIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/"(?:access|refresh|id)_token"\s*:\s*"([^"]+)"/g)) found.push(match[1]!);
  return found;
}
