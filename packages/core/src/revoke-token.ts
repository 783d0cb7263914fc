import { type AccessTokenOptions, callApiWithoutArguments } from './call-api.js';

/**
 * Revokes an access token.
 *
 * **Warning: this disconnects the app completely.** When the access token came from a refresh
 * token, Dropbox also disables that refresh token and every other access token minted from it.
 * Never call this to "clean up" after a CI job: the refresh token in your secret would stop working.
 * There is no endpoint that revokes only a refresh token.
 */
export async function revokeToken(options: AccessTokenOptions): Promise<void> {
  await callApiWithoutArguments('revokeToken', '/2/auth/token/revoke', options, () => undefined);
}
