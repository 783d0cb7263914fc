import { describe, expect, it } from 'vitest';
import type { Emulator, TeamRecord } from '../src/index.js';
import { REDIRECT_URI, authorize, pkceCode, token, useEmulator, codeWithoutPkce } from './helpers.js';

const TEAM_SCOPES = ['team_info.read', 'team_data.member', 'members.read'];

/** Authorizes the seeded app for `scopes` as whoever is signed in, and exchanges the code. */
async function linkApp(emu: Emulator, scopes: string[]) {
  const { code, verifier, redirect } = await pkceCode(emu, { scope: scopes.join(' ') });
  if (redirect.get('code') === null) return { redirect, body: undefined };
  const answer = await token(emu, {
    grant_type: 'authorization_code',
    code,
    client_id: emu.app.key,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  return { redirect, body: JSON.parse(answer.text) as Record<string, string> };
}

describe('Dropbox Business teams', () => {
  const ctx = useEmulator();
  const call = (path: string, accessToken: string, headers: Record<string, string> = {}) =>
    fetch(`${ctx.emu.apiUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, ...headers },
    });
  const withTeamApp = () => {
    ctx.emu.app.scopes.push(...TEAM_SCOPES);
    const team = ctx.emu.dropbox.addTeam('Analytical Engines Ltd');
    const [admin, member] = team.members;
    return { team, admin: admin!, member: member! };
  };

  it('a team-linked app linked by an admin gets a team token: team_id and no account_id', async () => {
    const { team, admin } = withTeamApp();
    ctx.emu.dropbox.signedIn = admin;
    const { body } = await linkApp(ctx.emu, TEAM_SCOPES);
    expect(body?.['team_id']).toBe(team.teamId);
    expect(body).not.toHaveProperty('account_id');
    expect(body?.['refresh_token']).toBeTypeOf('string');
    const refreshed = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: body!['refresh_token']!,
      client_id: ctx.emu.app.key,
    });
    expect(refreshed.status).toBe(200);
  });

  it('only an admin can link a team-linked app; a member is refused with access_denied', async () => {
    const { member } = withTeamApp();
    ctx.emu.dropbox.signedIn = member;
    const { redirect, body } = await linkApp(ctx.emu, TEAM_SCOPES);
    expect(body).toBeUndefined();
    expect(redirect?.get('error')).toBe('access_denied');
  });

  it('a team token on a user route is the real plain-text 400 unless a member is selected', async () => {
    const { team, admin, member } = withTeamApp();
    const accessToken = await teamAccessToken(ctx.emu, team);
    const refused = await call('/2/users/get_current_account', accessToken);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await refused.text()).toMatch(
      /^Error in call to API function "users\/get_current_account": This API function operates on a single Dropbox account, but the OAuth 2 access token you provided is for an entire Dropbox Business team\. {2}Since your API app key has team member file access permissions/,
    );
    const asMember = await call('/2/users/get_current_account', accessToken, {
      'dropbox-api-select-user': member.membership!.teamMemberId,
    });
    expect(((await asMember.json()) as { account_id: string }).account_id).toBe(member.accountId);
    const asAdmin = await call('/2/users/get_current_account', accessToken, {
      'dropbox-api-select-admin': admin.membership!.teamMemberId,
    });
    expect(((await asAdmin.json()) as { account_id: string }).account_id).toBe(admin.accountId);
    const notAdmin = await call('/2/users/get_current_account', accessToken, {
      'dropbox-api-select-admin': member.membership!.teamMemberId,
    });
    expect(notAdmin.status).toBe(401);
    expect(((await notAdmin.json()) as { error: { '.tag': string } }).error['.tag']).toBe('invalid_select_admin');
    const stranger = await call('/2/users/get_current_account', accessToken, {
      'dropbox-api-select-user': 'dbmid:nobody',
    });
    expect(((await stranger.json()) as { error: { '.tag': string } }).error['.tag']).toBe('invalid_select_user');
  });

  it('team routes answer for a team token and refuse a user token', async () => {
    const { team, admin } = withTeamApp();
    const accessToken = await teamAccessToken(ctx.emu, team);
    const info = (await (await call('/2/team/get_info', accessToken)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({ name: 'Analytical Engines Ltd', team_id: team.teamId, num_provisioned_users: 2 });
    const who = (await (await call('/2/team/token/get_authenticated_admin', accessToken)).json()) as {
      admin_profile: Record<string, unknown>;
    };
    expect(who.admin_profile).toMatchObject({
      team_member_id: admin.membership!.teamMemberId,
      account_id: admin.accountId,
      email: admin.email,
      status: { '.tag': 'active' },
    });
    const userToken = await userAccessToken(ctx.emu);
    const refused = await call('/2/team/get_info', userToken);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe(
      'Error in call to API function "team/get_info": This is a DfB team management function.  The OAuth 2 access token you provided is for a specific Dropbox user account and does not work with this function.',
    );
  });

  it('a member sees team and root_info of tag team; an individual root_info of tag user with equal ids', async () => {
    const { team, member } = withTeamApp();
    const memberToken = await userAccessToken(ctx.emu, member);
    const account = (await (await call('/2/users/get_current_account', memberToken)).json()) as Record<string, any>;
    expect(account['team']).toMatchObject({ id: team.teamId, name: team.name });
    expect(account['team_member_id']).toBe(member.membership!.teamMemberId);
    expect(account['root_info']).toMatchObject({
      '.tag': 'team',
      root_namespace_id: team.rootNamespaceId,
      home_namespace_id: member.homeNamespaceId,
    });
    expect(account['root_info'].root_namespace_id).not.toBe(account['root_info'].home_namespace_id);
    const individual = (await (
      await call('/2/users/get_current_account', await userAccessToken(ctx.emu))
    ).json()) as Record<string, any>;
    expect(individual['team']).toBeUndefined();
    expect(individual['root_info']['.tag']).toBe('user');
    expect(individual['root_info'].root_namespace_id).toBe(individual['root_info'].home_namespace_id);
  });

  it('Dropbox-API-Path-Root: the member root passes; another root is 422 invalid_root; bad JSON is 400', async () => {
    const { team, member } = withTeamApp();
    const memberToken = await userAccessToken(ctx.emu, member);
    const pathRoot = (root: string) => ({ 'dropbox-api-path-root': JSON.stringify({ '.tag': 'root', root }) });
    expect((await call('/2/users/get_current_account', memberToken, pathRoot(team.rootNamespaceId))).status).toBe(200);
    const wrong = await call('/2/users/get_current_account', memberToken, pathRoot('1'));
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { error: Record<string, any> }).error['invalid_root'].root_namespace_id).toBe(
      team.rootNamespaceId,
    );
    const foreign = await call('/2/users/get_current_account', memberToken, {
      'dropbox-api-path-root': JSON.stringify({ '.tag': 'namespace_id', namespace_id: '1' }),
    });
    expect(((await foreign.json()) as { error: { '.tag': string } }).error['.tag']).toBe('no_permission');
    expect((await call('/2/users/get_current_account', memberToken, { 'dropbox-api-path-root': '{' })).status).toBe(
      400,
    );
  });

  it('a legacy exchange answers without expires_in and refresh_token, and the token does not expire', async () => {
    const code = await codeWithoutPkce(ctx.emu, 'legacy');
    const answer = await token(
      ctx.emu,
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI },
      { authorization: `Basic ${Buffer.from(`${ctx.emu.app.key}:${ctx.emu.app.secret}`).toString('base64')}` },
    );
    const body = JSON.parse(answer.text) as Record<string, unknown>;
    expect(body).not.toHaveProperty('expires_in');
    expect(body).not.toHaveProperty('refresh_token');
    ctx.emu.clock.advance(365 * 24 * 3600_000);
    expect((await call('/2/users/get_current_account', body['access_token'] as string)).status).toBe(200);
  });
});

async function accessTokenFrom(emu: Emulator, refreshToken: string): Promise<string> {
  const answer = await token(emu, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: emu.app.key });
  return (JSON.parse(answer.text) as { access_token: string }).access_token;
}

function teamAccessToken(emu: Emulator, team: TeamRecord) {
  return accessTokenFrom(emu, emu.dropbox.issueRefreshToken({ for: team }));
}

function userAccessToken(emu: Emulator, account = emu.dropbox.account) {
  return accessTokenFrom(emu, emu.dropbox.issueRefreshToken({ for: account }));
}
