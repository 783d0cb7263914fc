/**
 * Error bodies, string for string as the reference file records them from real Dropbox answers.
 * Where the reference marks a body UNCONFIRMED the choice is noted beside it.
 */
export const TOKEN_ERRORS = {
  codeNotFound: { error: 'invalid_grant', error_description: "code doesn't exist or has expired" },
  refreshInvalid: { error: 'invalid_grant', error_description: 'refresh token is invalid or revoked' },
  refreshMalformed: { error: 'invalid_grant', error_description: 'refresh token is malformed' },
  redirectMismatch: { error_description: 'redirect_uri mismatch', error: 'invalid_grant' },
  noAuthFunction: { error: 'invalid_request', error_description: 'No auth function available for given request' },
  unknownClientIdField: { error: 'invalid_request', error_description: 'unknown field "client_id"' },
  // UNCONFIRMED wording: the modern two-field form of the older "invalid_client: Invalid client_id or client_secret".
  invalidClient: { error: 'invalid_client', error_description: 'Invalid client_id or client_secret' },
  // UNCONFIRMED: no recorded body for a wrong PKCE verifier; RFC 7636 §4.6 says invalid_grant.
  badVerifier: { error: 'invalid_grant', error_description: 'invalid code verifier' },
  // UNCONFIRMED: no recorded body for an unknown grant type.
  unsupportedGrant: { error: 'unsupported_grant_type', error_description: 'unsupported grant type' },
  // UNCONFIRMED: no recorded body for a refresh scope outside the original grant; RFC 6749 §6 says invalid_scope.
  scopeNotSubset: {
    error: 'invalid_scope',
    error_description: 'requested scope is not a subset of the granted scopes',
  },
  missingField: (field: string) => ({
    error: 'invalid_request',
    error_description: `missing required field "${field}"`,
  }),
  unknownField: (field: string) => ({ error: 'invalid_request', error_description: `unknown field "${field}"` }),
} as const;

export const SERVER_ERROR_BODY = {
  error: 'The server has either erred or is incapable of performing the requested operation.',
};

export const INVALID_REDIRECT_URI_PAGE =
  "Invalid redirect_uri. It must exactly match one of the redirect URIs you've pre-configured for your app (including the path).";

// UNCONFIRMED wording: mock servers use this sentence; Dropbox's exact text is not recorded.
export const ACCESS_DENIED_DESCRIPTION = 'The user chose not to give your app access to their Dropbox account.';
