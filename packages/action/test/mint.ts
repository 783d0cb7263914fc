import { refreshAccessToken } from '@dropbox-token/core';
import type { Emulator } from '@dropbox-token/emulator';

/** A refresh token as after the bootstrap: PKCE-issued, or minted with the app secret. */
export function mintRefreshToken(emu: Emulator, kind: 'pkce' | 'secret', scope?: string[]): string {
  return emu.dropbox.issueRefreshToken({ confidential: kind === 'secret', ...(scope ? { scopes: scope } : {}) });
}

/** Revokes a refresh token the way Dropbox allows: by revoking an access token minted from it. */
export async function revokeRefreshToken(emu: Emulator, refreshToken: string): Promise<void> {
  const { accessToken } = await refreshAccessToken({ clientId: emu.app.key, refreshToken, apiUrl: emu.apiUrl });
  await fetch(`${emu.apiUrl}/2/auth/token/revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
  });
}
