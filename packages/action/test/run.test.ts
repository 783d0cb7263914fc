import { useEmulator } from '@dropbox-token/emulator/testing';
import type { Emulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUTS, run } from '../src/main.js';
import { createNodeTransport } from '../src/node-transport.js';
import { revokeRefreshToken } from './mint.js';
import { recordingCore } from './recording-core.js';

/** run() in-process, through its injection points: a recording core, real HTTP to the emulator. */
describe('run()', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  /** run() as the entry calls it: over the node:http transport. */
  async function step(inputs: Record<string, string>, now?: () => number) {
    const recorded = recordingCore({ 'api-url': ctx.emu.apiUrl, ...inputs });
    const summary: string[] = [];
    const { transport, close } = createNodeTransport();
    const exitCode = await run({
      core: recorded.core,
      transport,
      fetch: () => {
        throw new Error('the action must not use fetch without a proxy');
      },
      appendSummaryHtml: (html) => summary.push(html),
      ...(now ? { now } : {}),
    });
    close();
    return { ...recorded, exitCode, summary: summary.join('') };
  }

  it('refreshes a PKCE-issued token: masked first, then outputs, exit 0', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const result = await step({ 'app-key': ctx.emu.app.key, 'refresh-token': refreshToken });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const token = result.outputs['access-token']!;
    expect(token).toMatch(/^sl\./);
    expect(result.maskedBeforeUse(token)).toBe(true);
    expect(result.maskedBeforeUse(refreshToken)).toBe(true);
    expect(result.events[0]).toEqual({ kind: 'mask', value: refreshToken });
    expect(result.outputs).toMatchObject({ 'expires-in': '14400', 'token-type': 'bearer', scope: '' });
    expect(Date.parse(result.outputs['expires-at']!) - Date.now()).toBeGreaterThan(14_300_000);
    expect(result.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(result.outputs).not.toHaveProperty('account-id');
    expect(result.summary).toContain('Expires at');
    expect(result.summary).not.toContain(token);
    expect(result.env).toEqual({});
    const sent = ctx.emu.requests.filter((r) => r.path === '/oauth2/token').at(-1)!;
    expect(sent.body).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: ctx.emu.app.key });
  });

  it('with app-secret, verify, export-env and a narrower scope', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken({ confidential: true });
    const result = await step({
      'app-key': ctx.emu.app.key,
      'app-secret': ctx.emu.app.secret,
      'refresh-token': refreshToken,
      verify: 'true',
      'export-env': 'DROPBOX_ACCESS_TOKEN',
      scope: 'account_info.read files.content.write',
    });
    expect(result.exitCode).toBe(0);
    const token = result.outputs['access-token']!;
    expect(result.outputs['account-id']).toBe(ctx.emu.dropbox.account.accountId);
    // An individual: no team outputs, its own root, no path root.
    const teamOutputs = ['team-id', 'team-member-id', 'path-root'];
    expect(Object.keys(result.outputs).sort()).toEqual(
      [...OUTPUTS].filter((name) => !teamOutputs.includes(name)).sort(),
    );
    expect(result.outputs['root-namespace-id']).toBe(ctx.emu.dropbox.account.homeNamespaceId);
    expect(result.outputs['scope']).toBe('account_info.read files.content.write');
    expect(result.env).toEqual({ DROPBOX_ACCESS_TOKEN: token });
    for (const secret of [token, refreshToken, ctx.emu.app.secret]) expect(result.maskedBeforeUse(secret)).toBe(true);
    expect(result.summary).toContain(`yes: Dropbox account ${ctx.emu.dropbox.account.accountId}`);
    expect(result.summary).toContain('<code>DROPBOX_ACCESS_TOKEN</code>');
    expect(result.summary).not.toContain(token);
    const refresh = ctx.emu.requests.find((r) => r.path === '/oauth2/token' && r.headers['authorization'])!;
    expect(refresh.headers['authorization']).toMatch(/^Basic /);
    expect(refresh.body).not.toHaveProperty('client_id');
  });

  it('verify with a team member: team id, member id, root namespace and the ready path-root header value', async () => {
    const team = ctx.emu.dropbox.addTeam();
    const member = team.members[1]!;
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken({ for: member }),
      verify: 'true',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      'account-id': member.accountId,
      'team-id': team.teamId,
      'team-member-id': member.membership!.teamMemberId,
      'root-namespace-id': team.rootNamespaceId,
    });
    expect(JSON.parse(result.outputs['path-root']!)).toEqual({ '.tag': 'root', root: team.rootNamespaceId });
    expect(result.infos.join('\n')).toContain(`a member of team ${team.name}`);
    // The value works as the header: the team space answers with it.
    const answer = await fetch(`${ctx.emu.apiUrl}/2/users/get_current_account`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${result.outputs['access-token']}`,
        'dropbox-api-path-root': result.outputs['path-root']!,
      },
    });
    expect(answer.status).toBe(200);
  });

  it('verify with a team token (team-linked app): the team routes, the team and its admin, no account', async () => {
    ctx.emu.app.scopes.push('team_info.read', 'team_data.member');
    const team = ctx.emu.dropbox.addTeam();
    const admin = team.members[0]!;
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken({ for: team }),
      verify: 'true',
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'team-id': team.teamId, 'team-member-id': admin.membership!.teamMemberId });
    for (const absent of ['account-id', 'root-namespace-id', 'path-root'])
      expect(result.outputs).not.toHaveProperty(absent);
    expect(result.summary).toContain(`the whole Dropbox team ${team.name}`);
    expect(result.summary).toContain('authorized by admin Grace Hopper');
    const routes = ctx.emu.requests.map((r) => r.path).filter((p) => p.startsWith('/2/'));
    expect(routes.sort()).toEqual(
      ['/2/team/get_info', '/2/team/token/get_authenticated_admin', '/2/users/get_current_account'].sort(),
    );
  });

  it('a team token without team_info.read fails verification naming the scope to enable', async () => {
    ctx.emu.app.scopes.push('team_data.member');
    const team = ctx.emu.dropbox.addTeam();
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken({
        for: team,
        scopes: ['team_data.member', 'files.content.write'],
      }),
      verify: 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^The new access token failed verification \(missing_scope.*Enable team_info\.read/,
    );
  });

  it('an answer without expires_in: empty expiry outputs, said so in the log and the summary', async () => {
    ctx.emu.faults.next('/oauth2/token', ['no-expiry']);
    const result = await step({ 'app-key': ctx.emu.app.key, 'refresh-token': ctx.emu.dropbox.issueRefreshToken() });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'expires-in': '', 'expires-at': '' });
    expect(result.infos).toContain('Got an access token; Dropbox gave it no expiry.');
    expect(result.summary).toContain('no expiry given');
  });

  it('rclone-remote: exports the remote rclone reads from the environment, the token JSON masked first', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': refreshToken,
      'rclone-remote': 'dropbox',
    });
    expect(result.errors).toEqual([]);
    expect(result.env['RCLONE_CONFIG_DROPBOX_TYPE']).toBe('dropbox');
    const tokenJson = result.env['RCLONE_CONFIG_DROPBOX_TOKEN']!;
    const token = JSON.parse(tokenJson) as Record<string, string>;
    expect(token).toEqual({
      access_token: result.outputs['access-token'],
      token_type: 'bearer',
      expiry: expect.any(String),
    });
    // RFC 3339, as Go's time package reads it; the same instant as expires-at (which is to the second).
    expect(token['expiry']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(Math.floor(Date.parse(token['expiry']!) / 1000) * 1000).toBe(Date.parse(result.outputs['expires-at']!));
    // The refresh token never reaches a later step, and no team root for an individual.
    expect(JSON.stringify(result.env)).not.toContain(refreshToken);
    expect(result.env).not.toHaveProperty('RCLONE_CONFIG_DROPBOX_ROOT_NAMESPACE');
    expect(result.maskedBeforeUse(tokenJson)).toBe(true);
    expect(result.summary).toContain('rclone remote <code>dropbox:</code>');
  });

  it('rclone-remote for a team member with verify: the remote starts at the team space', async () => {
    const team = ctx.emu.dropbox.addTeam();
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken({ for: team.members[1]! }),
      'rclone-remote': 'team_space',
      verify: 'true',
    });
    expect(result.errors).toEqual([]);
    expect(result.env['RCLONE_CONFIG_TEAM_SPACE_ROOT_NAMESPACE']).toBe(team.rootNamespaceId);
  });

  it("rclone-remote with an answer that has no expiry: Go's zero time, which rclone reads as never", async () => {
    ctx.emu.faults.next('/oauth2/token', ['no-expiry']);
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken(),
      'rclone-remote': 'dropbox',
    });
    expect(JSON.parse(result.env['RCLONE_CONFIG_DROPBOX_TOKEN']!)).toMatchObject({ expiry: '0001-01-01T00:00:00Z' });
  });

  it('writes no summary when the runner gives no summary file', async () => {
    const recorded = recordingCore({
      'api-url': ctx.emu.apiUrl,
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken(),
    });
    expect(await run({ core: recorded.core, appendSummaryHtml: undefined })).toBe(0);
    expect(recorded.outputs['access-token']).toMatch(/^sl\./);
  });

  it('a refresh token shorter than Dropbox issues today is sent, not guessed at: Dropbox (here the emulator) decides', async () => {
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken({ length: 40 }),
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs['access-token']).toMatch(/^sl\./);
  });

  it.each([
    [
      'an authorization code in the secret, refused by Dropbox: the guess explains the refusal',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'refresh-token': 'X0aBcDeFgHiAAAAAAAAAJkLmNoPqRsTuVwXyZ012345',
      }),
      /^Dropbox refused the refresh token: it is invalid or revoked \(invalid_grant: .*\)\. It is shorter than the refresh tokens Dropbox issues and looks like an authorization code, which is single-use and expires within minutes\. Mint a new one/,
    ],
    [
      'a revoked refresh token',
      async (emu: Emulator) => {
        const token = emu.dropbox.issueRefreshToken();
        await revokeRefreshToken(emu, token);
        return { 'app-key': emu.app.key, 'refresh-token': token };
      },
      /^Dropbox refused the refresh token: it is invalid or revoked \(invalid_grant: refresh token is invalid or revoked\)\. Mint a new one with `npx @dropbox-token\/bootstrap`/,
    ],
    [
      'a wrong app secret',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'app-secret': 'wrongsecret1234',
        'refresh-token': emu.dropbox.issueRefreshToken({ confidential: true }),
      }),
      /^Dropbox refused the app credentials \(invalid_client.*\)\. Check the app-key and app-secret inputs/,
    ],
    [
      'a secret-issued token without app-secret',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'refresh-token': emu.dropbox.issueRefreshToken({ confidential: true }),
      }),
      /^Dropbox needs the app secret for this refresh token \(client_secret_required: No auth function available for given request\)\. It was not minted with PKCE: set the app-secret input/,
    ],
    [
      'a scope the refresh token was not granted',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'refresh-token': emu.dropbox.issueRefreshToken({ scopes: ['files.content.read'] }),
        scope: 'files.content.write',
      }),
      /^Dropbox refused the requested scope \(invalid_scope.*\)\. Ask only for scopes this refresh token was granted/,
    ],
    [
      'an empty refresh-token',
      async (emu: Emulator) => ({ 'app-key': emu.app.key, 'refresh-token': '  ' }),
      /^The refresh-token input is empty: the secret is not set, or not available to this run \(workflows triggered from forks and by Dependabot do not receive secrets\)/,
    ],
    [
      'an empty app-key',
      async () => ({ 'app-key': '', 'refresh-token': 'x'.repeat(64) }),
      /^The app-key input is empty\. Set it/,
    ],
    [
      'an invalid export-env',
      async (emu: Emulator) => ({ 'app-key': emu.app.key, 'refresh-token': 'x'.repeat(64), 'export-env': 'MY-TOKEN' }),
      /^The export-env input is not a valid environment variable name/,
    ],
    [
      'a verify that fails for lack of account_info.read',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'refresh-token': emu.dropbox.issueRefreshToken(),
        verify: 'true',
        scope: 'files.content.read',
      }),
      /^The new access token failed verification \(missing_scope.*\)\. Enable account_info\.read for the app/,
    ],
  ])('fails clearly on %s', async (_name, prepare, expected) => {
    const inputs = await prepare(ctx.emu);
    const result = await step(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(expected);
    for (const name of ['app-secret', 'refresh-token'] as const) {
      const value = (inputs as Record<string, string>)[name]?.trim();
      if (value) expect(result.maskedBeforeUse(value)).toBe(true);
    }
    if (!('verify' in inputs)) expect(result.outputs).toEqual({});
  });

  it('retries 5xx with a logged line per retry, then reports Dropbox unavailable with the attempts made', async () => {
    ctx.emu.faults.next('/oauth2/token', ['503', '503', '503', '503', '503']);
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken(),
      'timeout-seconds': '20',
    });
    expect(result.exitCode).toBe(1);
    const retries = result.infos.filter((line) =>
      /^Attempt \d failed \(HTTP 503 server_error\); retrying in \d+\.\d s\.$/.test(line),
    );
    expect(retries).toHaveLength(3);
    expect(result.errors[0]).toMatch(
      /^Dropbox is unavailable \(server_error: .*\)\. Gave up after 4 attempts in \d+\.\d s\. Re-run the job later/,
    );
    expect(result.outputs).toEqual({});
  });

  it('recovers from 429 and a reset', async () => {
    ctx.emu.faults.next('/oauth2/token', ['429:Retry-After=1', 'reset']);
    const result = await step({ 'app-key': ctx.emu.app.key, 'refresh-token': ctx.emu.dropbox.issueRefreshToken() });
    expect(result.exitCode).toBe(0);
    expect(result.infos).toContain('Attempt 1 failed (rate limited (Retry-After 1 s)); retrying in 1.0 s.');
    expect(result.infos.some((line) => line.startsWith('Attempt 2 failed (network error)'))).toBe(true);
    expect(result.outputs['access-token']).toMatch(/^sl\./);
  });

  it('bounds the whole step by timeout-seconds when Dropbox stalls', async () => {
    ctx.emu.faults.next('/oauth2/token', ['stall', 'stall', 'stall', 'stall']);
    const result = await step({
      'app-key': ctx.emu.app.key,
      'refresh-token': ctx.emu.dropbox.issueRefreshToken(),
      'timeout-seconds': '1',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^Dropbox is unavailable \(timeout\)\. Gave up after 1 attempt in 1\.\d s\./);
  });

  it('reports a bug without its message, which could hold anything', async () => {
    const recorded = recordingCore({ 'app-key': 'k', 'refresh-token': 'r'.repeat(64) });
    recorded.core.setSecret = () => {
      throw new TypeError('sl.SECRET in a message');
    };
    expect(await run({ core: recorded.core, appendSummaryHtml: undefined })).toBe(1);
    expect(recorded.errors).toEqual([
      "The step failed unexpectedly (TypeError). Re-run with ACTIONS_STEP_DEBUG=true and report the log at the project's issue tracker.",
    ]);
  });
});
