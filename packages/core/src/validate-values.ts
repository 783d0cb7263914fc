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
