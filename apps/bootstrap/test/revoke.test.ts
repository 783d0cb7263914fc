import { useEmulator } from '@dropbox-token/emulator/testing';
import { refreshAccessToken } from '@dropbox-token/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';

/** `dropbox-token-bootstrap revoke`: the token from standard input or a hidden prompt, never an argument. */
describe('revoke, in-process', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const revoke = (extra: string[], io: Parameters<typeof runInProcess>[1]) =>
    runInProcess(['revoke', '--app-key', ctx.emu.app.key, '--api-url', ctx.emu.apiUrl, ...extra], io);
  const works = (refreshToken: string, clientSecret?: string) =>
    refreshAccessToken({
      clientId: ctx.emu.app.key,
      clientSecret,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
      retry: false,
    }).then(
      () => true,
      () => false,
    );

  it('revokes a refresh token piped on standard input, and says what that disables; the token is never echoed', async () => {
    const token = ctx.emu.dropbox.issueRefreshToken();
    const run = await revoke([], { stdin: `${token}\n` });
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Revoked: the token and every access token minted from it no longer work.');
    expect(await works(token)).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('on a terminal: asks for the token hidden, then confirms; "n" revokes nothing', async () => {
    const token = ctx.emu.dropbox.issueRefreshToken();
    const questions: string[] = [];
    const run = await revoke([], {
      askHidden: async (question) => {
        questions.push(question);
        return token;
      },
      ask: async (question) => {
        questions.push(question);
        return 'n';
      },
    });
    expect(run.code).toBe(1);
    expect(questions[0]).toBe('Refresh token to revoke (input hidden): ');
    expect(questions[1]).toMatch(/^Revoke it\? Every access token minted from it stops working too/);
    expect(run.failure).toBe('revokeNotConfirmed');
    expect(await works(token)).toBe(true);
  });

  it('a token minted with the app secret needs it; a team token is revoked as its admin', async () => {
    const confidential = ctx.emu.dropbox.issueRefreshToken({ confidential: true });
    const without = await revoke([], { stdin: confidential });
    expect(without.code).toBe(1);
    expect(without.failure).toBe('revokeFailed');
    expect(await works(confidential, ctx.emu.app.secret)).toBe(true);
    const withSecret = await revoke(['--app-secret', ctx.emu.app.secret], { stdin: confidential });
    expect(withSecret.code).toBe(0);
    expect(await works(confidential, ctx.emu.app.secret)).toBe(false);

    ctx.emu.app.scopes.push('team_info.read', 'team_data.member');
    const team = ctx.emu.dropbox.addTeam();
    const teamToken = ctx.emu.dropbox.issueRefreshToken({ for: team });
    expect((await revoke([], { stdin: teamToken })).code).toBe(0);
    expect(
      ctx.emu.requests.filter((r) => r.path === '/2/auth/token/revoke').at(-1)!.headers['dropbox-api-select-admin'],
    ).toBe(team.members[0]!.membership!.teamMemberId);
    expect(await works(teamToken)).toBe(false);
  });

  it.each([
    ['nothing on standard input', '', 'revokeNoToken'],
    ['a token Dropbox does not know', `${'Z'.repeat(64)}\n`, 'revokeTokenRefused'],
  ])('%s: exit 1 (%s), nothing revoked', async (_what, stdin, id) => {
    const run = await revoke([], { stdin });
    expect(run.code).toBe(1);
    expect(run.failure).toBe(id);
  });

  it('never takes the token as an argument', async () => {
    const run = await revoke(['--refresh-token', 'x'.repeat(64)], { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.failure).toBe('badOption');
  });
});
