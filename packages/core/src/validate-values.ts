// The shape rules for values people paste: one place, used by this package's functions and by
// the products built on it (the action's inputs, the CLI's arguments and prompts).

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const STRAY_CHARACTER = /[\s\u0000-\u001f\u007f]/;
const SCOPE_NAME = /^[A-Za-z0-9_.-]+$/;
const AUTHORIZATION_CODE = /^[A-Za-z0-9_\-.~]+$/;

/** An app key, app secret or token: non-empty, with no whitespace or control character anywhere. */
export function isCredentialShaped(value: string): boolean {
  return value !== '' && !STRAY_CHARACTER.test(value);
}

/** A Dropbox scope name such as `files.content.write`. */
export function isScopeName(value: string): boolean {
  return SCOPE_NAME.test(value);
}

/** The characters an authorization code from Dropbox's redirect or code page can have. */
export function isAuthorizationCodeShaped(value: string): boolean {
  return AUTHORIZATION_CODE.test(value);
}

/**
 * What a pasted Dropbox credential looks like, to catch the wrong one in the wrong place. Access
 * tokens start with `sl.` (short-lived, reference §5); refresh tokens (64 characters) are longer
 * than authorization codes (43) as Dropbox issues them today. A guess for advice, never a check of validity.
 */
export function guessCredentialKind(
  value: string,
): 'access-token' | 'refresh-token' | 'authorization-code' | undefined {
  if (value.startsWith('sl.')) return 'access-token';
  if (!/^[\w-]{20,}$/.test(value)) return undefined;
  return value.length < 50 ? 'authorization-code' : 'refresh-token';
}

/** 127.0.0.0/8, ::1 and `localhost`: the only hosts plain http may reach, since nothing leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** An absolute https URL, or http to a loopback host (tokens never cross a network in clear text). */
export function isSecureOrLoopbackUrl(value: string | URL): boolean {
  if (!URL.canParse(String(value))) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

// What Dropbox sends back, checked before anything is returned: a hostile or broken server's
// value must not become a log line, a header or an output with a line break in it.
const TOKEN = /^[\x21-\x7e]{1,8192}$/;
const IDENTIFIER = /^[\x21-\x7e]{1,256}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const PRINTABLE_TEXT = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]{0,1024}$/;

/** A token from Dropbox: printable ASCII without spaces. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

/** An account, team or user id from Dropbox. */
export function isIdentifierShaped(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value);
}

/** A name or email from Dropbox: no control characters or line separators, bounded. */
export function isPrintableText(value: unknown): value is string {
  return typeof value === 'string' && PRINTABLE_TEXT.test(value);
}
