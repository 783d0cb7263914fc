import { describe, expect, it } from 'vitest';
import {
  getAuthenticatedAdmin,
  getCurrentAccount,
  getTeamInfo,
  refreshAccessToken,
  revokeToken,
  teamSpacePathRoot,
} from '../src/index.js';
import { mintRefreshToken, useEmulator } from './helpers.js';

describe('getCurrentAccount', () => {
  const ctx = useEmulator();

  async function token(scope?: string[]) {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce', scope);
    return (await refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl })).accessToken;
  }

  async function tokenFor(owner: Parameters<typeof ctx.emu.dropbox.issueRefreshToken>[0] & {}) {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken(owner);
    return (await refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl })).accessToken;
  }

  function addTeam() {
    ctx.emu.app.scopes.push('team_info.read', 'team_data.member');
    const team = ctx.emu.dropbox.addTeam();
    return { team, admin: team.members[0]!, member: team.members[1]! };
  }

  it('returns the linked account, sending no body and no content type', async () => {
    const account = await getCurrentAccount({ accessToken: await token(), apiUrl: ctx.emu.apiUrl });
    expect(account).toMatchObject({
      accountId: ctx.emu.dropbox.account.accountId,
      displayName: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    expect(account.raw['account_id']).toBe(account.accountId);
    expect(account.raw['country']).toBe('GB');
    const sent = ctx.emu.requests.at(-1)!;
    expect(sent.headers['content-type']).toBeUndefined();
    expect(sent.rawBody).toBe('');
  });

  it('an expired token is expired_access_token (401), branching on the tag, not the dotted summary', async () => {
    const accessToken = await token();
    ctx.emu.clock.advance(4 * 3600_000 + 1000);
    const error = await getCurrentAccount({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'expired_access_token',
      status: 401,
      error: 'expired_access_token',
      errorDescription: 'expired_access_token',
    });
  });

  it('a token without account_info.read is missing_scope', async () => {
    const accessToken = await token(['files.content.read']);
    await expect(getCurrentAccount({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'missing_scope',
    });
  });

  it('an unknown token (401) and a malformed one (plain-text 400) are both invalid_access_token', async () => {
    await expect(
      getCurrentAccount({ accessToken: `sl.u.${'A'.repeat(60)}`, apiUrl: ctx.emu.apiUrl }),
    ).rejects.toMatchObject({ code: 'invalid_access_token', status: 401 });
    await expect(getCurrentAccount({ accessToken: 'sl.nope', apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'invalid_access_token',
      status: 400,
      errorDescription: expect.stringMatching(/access token is malformed/),
    });
  });

  it('an individual: no team, root_info of tag user, and no team-space path root', async () => {
    const account = await getCurrentAccount({ accessToken: await token(), apiUrl: ctx.emu.apiUrl });
    expect(account).toMatchObject({ teamId: undefined, teamName: undefined, teamMemberId: undefined });
    expect(account.rootInfo?.tag).toBe('user');
    expect(account.rootInfo?.rootNamespaceId).toBe(account.rootInfo?.homeNamespaceId);
    expect(teamSpacePathRoot(account)).toBeUndefined();
  });

  it('a team member: the team, the member id, and the path root that the team space accepts', async () => {
    const { team, member } = addTeam();
    const accessToken = await tokenFor({ for: member });
    const account = await getCurrentAccount({ accessToken, apiUrl: ctx.emu.apiUrl });
    expect(account).toMatchObject({
      accountId: member.accountId,
      teamId: team.teamId,
      teamName: team.name,
      teamMemberId: member.membership!.teamMemberId,
      rootInfo: { tag: 'team', rootNamespaceId: team.rootNamespaceId, homeNamespaceId: member.homeNamespaceId },
    });
    const pathRoot = teamSpacePathRoot(account)!;
    expect(JSON.parse(pathRoot)).toEqual({ '.tag': 'root', root: team.rootNamespaceId });
    await getCurrentAccount({ accessToken, apiUrl: ctx.emu.apiUrl, pathRoot });
    expect(ctx.emu.requests.at(-1)!.headers['dropbox-api-path-root']).toBe(pathRoot);
    const stale = JSON.stringify({ '.tag': 'root', root: '42' });
    await expect(getCurrentAccount({ accessToken, apiUrl: ctx.emu.apiUrl, pathRoot: stale })).rejects.toMatchObject({
      code: 'invalid_path_root',
      status: 422,
      error: 'invalid_root',
    });
  });

  it('a team token: the user route says team_token_on_user_route; selecting a member or admin works', async () => {
    const { team, admin, member } = addTeam();
    const accessToken = await tokenFor({ for: team });
    await expect(getCurrentAccount({ accessToken, apiUrl: ctx.emu.apiUrl, retry: false })).rejects.toMatchObject({
      code: 'team_token_on_user_route',
      status: 400,
    });
    const selected = await getCurrentAccount({
      accessToken,
      apiUrl: ctx.emu.apiUrl,
      selectUser: member.membership!.teamMemberId,
    });
    expect(selected.accountId).toBe(member.accountId);
    const asAdmin = await getCurrentAccount({
      accessToken,
      apiUrl: ctx.emu.apiUrl,
      selectAdmin: admin.membership!.teamMemberId,
    });
    expect(asAdmin.accountId).toBe(admin.accountId);
    await expect(
      getCurrentAccount({ accessToken, apiUrl: ctx.emu.apiUrl, selectUser: 'has space' }),
    ).rejects.toMatchObject({ code: 'invalid_options', attempts: 0 });
  });

  it('team routes: the authenticated admin and the team; a user token is user_token_on_team_route', async () => {
    const { team, admin } = addTeam();
    const accessToken = await tokenFor({ for: team });
    expect(await getAuthenticatedAdmin({ accessToken, apiUrl: ctx.emu.apiUrl })).toEqual({
      teamMemberId: admin.membership!.teamMemberId,
      accountId: admin.accountId,
      displayName: 'Grace Hopper',
      email: admin.email,
    });
    expect(await getTeamInfo({ accessToken, apiUrl: ctx.emu.apiUrl })).toEqual({
      teamId: team.teamId,
      name: team.name,
    });
    await expect(getTeamInfo({ accessToken: await token(), apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'user_token_on_team_route',
      operation: 'getTeamInfo',
    });
  });

  it('revoking a team token needs a selected admin, as Dropbox answers', async () => {
    const { team, admin } = addTeam();
    const accessToken = await tokenFor({ for: team });
    await expect(revokeToken({ accessToken, apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'team_token_on_user_route',
    });
    await revokeToken({ accessToken, apiUrl: ctx.emu.apiUrl, selectAdmin: admin.membership!.teamMemberId });
    await expect(getTeamInfo({ accessToken, apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'invalid_access_token',
    });
  });
});

describe('the account and team routes against a hostile server', () => {
  const ROUTES = { getCurrentAccount, getAuthenticatedAdmin, getTeamInfo };
  it.each([
    ['getCurrentAccount', { account_id: 'dbid:x\n::error::pwned', name: { display_name: 'A' } }, /account_id/],
    ['getCurrentAccount', { account_id: 'dbid:x', name: { display_name: 'Ada\n::add-mask::x' } }, /name/],
    ['getCurrentAccount', { account_id: 'dbid:x', name: { display_name: 'Ada' }, email: 'a@b\u2028c' }, /email/],
    ['getCurrentAccount', { account_id: 'dbid:x', team: { id: 'dbtid:x\n::error::pwned', name: 'T' } }, /team id/],
    [
      'getCurrentAccount',
      { account_id: 'dbid:x', root_info: { '.tag': 'team', root_namespace_id: '1\n::error::pwned' } },
      /root_info/,
    ],
    ['getAuthenticatedAdmin', { admin_profile: { team_member_id: 'dbmid:x\n::error::pwned' } }, /team_member_id/],
    [
      'getAuthenticatedAdmin',
      { admin_profile: { team_member_id: 'dbmid:x', email: 'a@b\u2028::add-mask::' } },
      /email/,
    ],
    ['getTeamInfo', { team_id: 'dbtid:x', name: 'Team\n::error::pwned' }, /name/],
    ['getTeamInfo', { name: 'no id' }, /team_id/],
  ] as const)('%s refuses %j: invalid_response, the value nowhere in the error', async (operation, body, field) => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const error = await ROUTES[operation]({
        accessToken: 'sl.token',
        apiUrl: `http://127.0.0.1:${port}`,
        retry: false,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'invalid_response', operation });
      expect((error as { errorDescription: string }).errorDescription).toMatch(field);
      expect(JSON.stringify(error) + String(error)).not.toMatch(/pwned|add-mask|\u2028/);
    } finally {
      server.close();
    }
  });
});
