import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '@dropbox-token/emulator/testing';
import { createTokenCache } from '../src/token-cache.js';

describe('the token cache', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  it('keeps at most maxEntries managers, the least recently used out', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const cache = createTokenCache({
      secrets: () => refreshToken,
      dropbox: { apiUrl: ctx.emu.apiUrl },
      now: Date.now,
      revokeCheckMs: 60_000,
      maxEntries: 2,
      accountCount: 1,
    });
    const account = { name: 'docs', appKey: ctx.emu.app.key, refreshTokenEnv: 'T', appSecretEnv: undefined };
    const refreshes = () => ctx.emu.requests.filter((r) => r.path === '/oauth2/token').length;
    const a = await cache.tokenFor(account, ['files.content.read']);
    await cache.tokenFor(account, ['files.content.write']);
    // Used again: the most recent now, so the next one pushes out files.content.write instead.
    expect((await cache.tokenFor(account, ['files.content.read'])).accessToken).toBe(a.accessToken);
    await cache.tokenFor(account, ['account_info.read']);
    expect(refreshes()).toBe(3);
    expect((await cache.tokenFor(account, ['files.content.read'])).accessToken).toBe(a.accessToken);
    await cache.tokenFor(account, ['files.content.write']);
    expect(refreshes()).toBe(4);
  });
});
