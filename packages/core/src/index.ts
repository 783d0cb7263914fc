export { buildAuthorizeUrl } from './build-authorize-url.js';
export type { BuildAuthorizeUrlOptions, TokenAccessType } from './build-authorize-url.js';
export { createPkcePair, computeCodeChallenge } from './create-pkce-pair.js';
export type { PkcePair } from './create-pkce-pair.js';
export { createState } from './create-state.js';
export { exchangeCode } from './exchange-code.js';
export type { ExchangeCodeOptions } from './exchange-code.js';
export { refreshAccessToken } from './refresh-access-token.js';
export type { RefreshAccessTokenOptions } from './refresh-access-token.js';
export { revokeToken } from './revoke-token.js';
export { getCurrentAccount, teamSpacePathRoot } from './get-current-account.js';
export type { DropboxAccount, DropboxRootInfo, GetCurrentAccountOptions } from './get-current-account.js';
export { getAuthenticatedAdmin } from './get-authenticated-admin.js';
export type { DropboxTeamAdmin } from './get-authenticated-admin.js';
export { getTeamInfo } from './get-team-info.js';
export type { DropboxTeam } from './get-team-info.js';
export type { AccessTokenOptions } from './call-api.js';
export { DropboxTokenManager } from './dropbox-token-manager.js';
export type { DropboxTokenManagerOptions } from './dropbox-token-manager.js';
export { DropboxOAuthError, isDropboxOAuthError } from './dropbox-oauth-error.js';
export type { DropboxOAuthErrorCode, DropboxOperation } from './dropbox-oauth-error.js';
export type { TokenSet } from './token-set.js';
export type { CommonOptions, RetryOptions, RetryEvent } from './options.js';
export { fetchTransport } from './transport.js';
export type { Transport, TransportRequest, TransportResponse } from './transport.js';
export { DEFAULT_API_URL, DEFAULT_AUTHORIZE_URL } from './options.js';
export {
  guessCredentialKind,
  isAuthorizationCodeShaped,
  isCredentialShaped,
  isLoopbackHost,
  isScopeName,
  isSecureOrLoopbackUrl,
} from './validate-values.js';
