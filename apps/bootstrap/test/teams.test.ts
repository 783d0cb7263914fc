import { useEmulator } from '@dropbox-token/emulator/testing';
import { getTeamInfo, refreshAccessToken } from '@dropbox-token/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { browser, githubEnv, loopbackToRepo } from './run-cli.js';

const TEAM_SCOPES = ['team_info.read', 'team_data.member', 'members.read'];

/** The bootstrap with Dropbox Business teams: a team-linked app, and a member of a team. */
describe('Dropbox teams, in-process', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  async function bootstrap(extra: string[]) {
    const page: { status?: number; html?: string } = {};
    const args = [...(await loopbackToRepo(ctx.emu))];
    const run = await runInProcess([...args, ...extra], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', page),
    });
    return { run, page };
  }

  it('a team-linked app: verified through the team routes, names the team and the admin, stores the token', async () => {
    ctx.emu.app.scopes.splice(0, ctx.emu.app.scopes.length, ...TEAM_SCOPES);
    const team = ctx.emu.dropbox.addTeam('Analytical Engines Ltd');
    ctx.emu.dropbox.signedIn = team.members[0]!;
    const { run, page } = await bootstrap([]);
    expect(run.stderr).not.toMatch(/error|failed/i);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Verifying the refresh token (one refresh and the team routes)');
    expect(run.stderr).toContain(
      'Dropbox team:   Analytical Engines Ltd (the token acts for the whole team: a team-linked app)',
    );
    expect(run.stderr).toContain('Authorized by:  Grace Hopper <grace@example.com>, team admin');
    expect(page.html).toContain('the Dropbox team Analytical Engines Ltd (authorized by Grace Hopper)');
    // What was stored is a working team token.
    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    const fresh = await refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: stored, apiUrl: ctx.emu.apiUrl });
    expect(await getTeamInfo({ accessToken: fresh.accessToken, apiUrl: ctx.emu.apiUrl })).toMatchObject({
      teamId: team.teamId,
    });
    // The snippet fits a team token: verify for team-member-id, and a call as the admin.
    expect(run.stdout).toContain('          verify: true');
    expect(run.stdout).toContain('-H "Dropbox-API-Select-Admin: ${{ steps.dropbox.outputs.team-member-id }}"');
    const routes = ctx.emu.requests.map((r) => r.path).filter((path) => path.startsWith('/2/'));
    expect(routes).not.toContain('/2/users/get_current_account');
  });

  it('a team token from a dry run is revoked as its admin, as Dropbox requires for a team token', async () => {
    ctx.emu.app.scopes.splice(0, ctx.emu.app.scopes.length, ...TEAM_SCOPES);
    const team = ctx.emu.dropbox.addTeam();
    ctx.emu.dropbox.signedIn = team.members[0]!;
    const { run } = await bootstrap(['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('so it was revoked');
    const revoke = ctx.emu.requests.find((r) => r.path === '/2/auth/token/revoke')!;
    expect(revoke.headers['dropbox-api-select-admin']).toBe(team.members[0]!.membership!.teamMemberId);
    expect([...ctx.emu.dropbox.state.refreshTokens.values()].every((token) => token.revoked)).toBe(true);
  });

  it('a member of a team with an ordinary app: names the team, and the snippet reaches the team space', async () => {
    const team = ctx.emu.dropbox.addTeam('Analytical Engines Ltd');
    ctx.emu.dropbox.signedIn = team.members[1]!;
    const { run } = await bootstrap([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Dropbox account: Alan Turing <alan@example.com>');
    expect(run.stderr).toContain('Team:            Analytical Engines Ltd (to reach the team space');
    expect(run.stdout).toContain('          verify: true');
    expect(run.stdout).toContain("-H 'Dropbox-API-Path-Root: ${{ steps.dropbox.outputs.path-root }}'");
  });

  it('a member cannot link a team-linked app: Dropbox refuses, nothing is stored', async () => {
    ctx.emu.app.scopes.splice(0, ctx.emu.app.scopes.length, ...TEAM_SCOPES);
    const team = ctx.emu.dropbox.addTeam();
    ctx.emu.dropbox.signedIn = team.members[1]!;
    const { run } = await bootstrap([]);
    expect(run.code).toBe(1);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });
});
