import type { DropboxOAuthError } from '@dropbox-token/core';

/** A Dropbox error as the CLI shows it: the code, and Dropbox's words with the scope it needs. */
export function describeDropboxError(error: DropboxOAuthError): string {
  const scope = error.requiredScope === undefined ? '' : `, needs ${error.requiredScope}`;
  const words = error.errorDescription === undefined ? '' : ` (${error.errorDescription}${scope})`;
  return `${error.code}${words}`;
}
