import { refreshAccessToken, revokeToken } from '@dropbox-token/core';
import type { Emulator } from '@dropbox-token/emulator';

/** Revokes a refresh token the way Dropbox allows: by revoking an access token minted from it. */
export async function revokeRefreshToken(emu: Emulator, refreshToken: string): Promise<void> {
  const { accessToken } = await refreshAccessToken({ clientId: emu.app.key, refreshToken, apiUrl: emu.apiUrl });
  await revokeToken({ accessToken, apiUrl: emu.apiUrl });
}
