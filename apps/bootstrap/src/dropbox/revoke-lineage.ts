import {
  type CommonOptions,
  getAuthenticatedAdmin,
  guessCredentialKind,
  isDropboxOAuthError,
  refreshAccessToken,
  revokeToken,
} from '@dropbox-token/core';

export interface RevokeLineageOptions {
  /** A refresh token, or an access token (a leaked one, say): revoked with the refresh token behind it. */
  token: string;
  appKey: string;
  appSecret: string | undefined;
  dropbox: CommonOptions;
  /** For a team token whose admin is known; otherwise the admin is looked up when a user route refuses it. */
  adminMemberId?: string | undefined;
}

/**
 * Revokes a refresh token and every access token minted from it: Dropbox revokes a refresh token
 * through an access token minted from it (reference §4), as its own user, or for a team token
 * (which user routes refuse) as the admin who authorized it (reference §9). The one revoke both
 * commands use: `revoke`, and the mint flow for a token it will not store.
 */
export async function revokeLineage(options: RevokeLineageOptions): Promise<void> {
  const { dropbox } = options;
  const accessToken =
    guessCredentialKind(options.token) === 'access-token'
      ? options.token
      : (
          await refreshAccessToken({
            clientId: options.appKey,
            clientSecret: options.appSecret,
            refreshToken: options.token,
            ...dropbox,
          })
        ).accessToken;
  if (options.adminMemberId !== undefined) {
    await revokeToken({ accessToken, selectAdmin: options.adminMemberId, ...dropbox });
    return;
  }
  try {
    await revokeToken({ accessToken, ...dropbox });
  } catch (error) {
    if (!isDropboxOAuthError(error) || error.code !== 'team_token_on_user_route') throw error;
    const admin = await getAuthenticatedAdmin({ accessToken, ...dropbox });
    await revokeToken({ accessToken, selectAdmin: admin.teamMemberId, ...dropbox });
  }
}
