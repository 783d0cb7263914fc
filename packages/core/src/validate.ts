import type { DropboxOAuthError, DropboxOperation } from './dropbox-oauth-error.js';
import { oauthError } from './hints.js';
import { isCredentialShaped, isSecureOrLoopbackUrl } from './validate-values.js';

export function invalidOptions(operation: DropboxOperation, problem: string): DropboxOAuthError {
  return oauthError(operation, 'invalid_options', problem);
}

/**
 * Throws unless `value` is a non-empty string without whitespace or control characters: no
 * credential, code or verifier has any, and a stray one would end up in a header. Never echoes it.
 */
export function requireString(operation: DropboxOperation, name: string, value: unknown): string {
  if (typeof value !== 'string' || !isCredentialShaped(value))
    throw invalidOptions(operation, `\`${name}\` must be a non-empty string without whitespace or control characters`);
  return value;
}

export function optionalString(operation: DropboxOperation, name: string, value: unknown): string | undefined {
  return value === undefined ? undefined : requireString(operation, name, value);
}

/** Free text (such as `state`) may hold spaces, but no control characters. */
export function optionalText(operation: DropboxOperation, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || !isCredentialShaped(value.replace(/ /g, '_')))
    throw invalidOptions(operation, `\`${name}\` must be a non-empty string without control characters`);
  return value;
}

export function resolveUrl(
  operation: DropboxOperation,
  name: string,
  value: string | URL | undefined,
  fallback: string,
): URL {
  const raw = String(value ?? fallback);
  if (!isSecureOrLoopbackUrl(raw))
    throw invalidOptions(operation, `\`${name}\` must be an absolute https URL (http only to a loopback host)`);
  return new URL(raw);
}

/** Joins `path` onto a base URL, keeping any path prefix the base has (for proxies). */
export function endpoint(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  return url;
}

export function normalizeScopes(operation: DropboxOperation, scope: unknown): string[] | undefined {
  if (scope === undefined) return undefined;
  if (!Array.isArray(scope) || scope.some((s) => typeof s !== 'string'))
    throw invalidOptions(operation, '`scope` must be an array of strings');
  const scopes = (scope as string[]).map((s) => s.trim()).filter((s) => s.length > 0);
  for (const s of scopes) {
    if (/\s/.test(s))
      throw invalidOptions(operation, `scope "${s}" contains whitespace: pass each scope as its own array item`);
  }
  return scopes;
}
