import { useEmulator, confidentialCode } from '@dropbox-token/emulator/testing';
import { exchangeCode, getCurrentAccount, refreshAccessToken, revokeToken } from '@dropbox-token/core';
import { type Emulator, runActionStep } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION,
  emulatorFlags,
  errorViews,
  expectCleanRun,
  gitHubEnv,
  findLeaks,
  runActionFor,
  runCli,
  secretsOf,
} from './harness.js';

/**
 * Success paths and failures with recognisable canaries for the app secret and the GitHub token
 * (the emulator mints the refresh tokens, access tokens and codes; the harness collects every one,
 * and every PKCE verifier sent). A canary may appear only after its own ::add-mask:: line, or
 * where the user asked for it (the export-env variable, --print-refresh-token's stdout).
 */
const APP_SECRET = 'CANARYappsecret77';
const GITHUB_TOKEN = 'ghp_CANARYgithubtoken0123456789';

describe('secret-leak canary', () => {
  const ctx = useEmulator(
    { beforeEach, afterEach },
    { apps: [{ secret: APP_SECRET }], github: { token: GITHUB_TOKEN } },
  );

  const dropboxEnv = () => ({ ...gitHubEnv(ctx.emu, GITHUB_TOKEN), DROPBOX_APP_SECRET: APP_SECRET });
  const common = () => [...emulatorFlags(ctx.emu), '--no-browser', '--repo', ctx.emu.github.repository];

  it('core: every error thrown on the way is clean under JSON.stringify and util.inspect', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken({ confidential: true });
    const errors: unknown[] = [];
    const collect = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(e));
    await collect(
      refreshAccessToken({
        clientId: ctx.emu.app.key,
        clientSecret: `${APP_SECRET}x`,
        refreshToken,
        apiUrl: ctx.emu.apiUrl,
      }),
    );
    await collect(refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl }));
    await collect(
      exchangeCode({
        clientId: ctx.emu.app.key,
        clientSecret: APP_SECRET,
        code: await confidentialCode(ctx.emu),
        redirectUri: 'https://wrong.example/cb',
        apiUrl: ctx.emu.apiUrl,
      }),
    );
    const { accessToken } = await refreshAccessToken({
      clientId: ctx.emu.app.key,
      clientSecret: APP_SECRET,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
    });
    await getCurrentAccount({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl });
    await revokeToken({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl });
    await collect(getCurrentAccount({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl }));
    await collect(revokeToken({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl }));
    await collect(
      refreshAccessToken({ clientId: ctx.emu.app.key, clientSecret: APP_SECRET, refreshToken, apiUrl: ctx.emu.apiUrl }),
    );
    ctx.emu.faults.next('/oauth2/token', ['error200', 'wrong-types', 'huge', 'badjson']);
    for (let i = 0; i < 4; i++)
      await collect(
        refreshAccessToken({
          clientId: ctx.emu.app.key,
          clientSecret: APP_SECRET,
          refreshToken: 'R'.repeat(64),
          apiUrl: ctx.emu.apiUrl,
        }),
      );
    expect(errors).toHaveLength(10);
    expect(findLeaks(errors.flatMap(errorViews), secretsOf(ctx.emu, [`${APP_SECRET}x`]))).toEqual([]);
  });

  it('action: a full success (secret, verify, export-env, summary) and a failure', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken({ confidential: true });
    const success = await runActionStep({
      script: ACTION,
      inputs: {
        'app-key': ctx.emu.app.key,
        'app-secret': APP_SECRET,
        'refresh-token': refreshToken,
        'api-url': ctx.emu.apiUrl,
        verify: 'true',
        'export-env': 'DROPBOX_ACCESS_TOKEN',
      },
    });
    expect(success.exitCode).toBe(0);
    const token = success.outputs['access-token']!;
    const { DROPBOX_ACCESS_TOKEN: exported, ...otherEnv } = success.env;
    expect(exported).toBe(token);
    const secrets = secretsOf(ctx.emu);
    expect(secrets).toContain(token);
    expect(
      findLeaks(
        [
          { name: 'stdout', text: success.stdout, maskAware: true },
          { name: 'stderr', text: success.stderr },
          { name: 'GITHUB_STEP_SUMMARY', text: success.summary },
          { name: 'GITHUB_ENV (other than the export)', text: JSON.stringify(otherEnv) },
          { name: 'outputs other than access-token', text: JSON.stringify({ ...success.outputs, 'access-token': '' }) },
        ],
        secrets,
      ),
    ).toEqual([]);

    const failure = await runActionStep({
      script: ACTION,
      inputs: {
        'app-key': ctx.emu.app.key,
        'app-secret': `${APP_SECRET}x`,
        'refresh-token': refreshToken,
        'api-url': ctx.emu.apiUrl,
      },
    });
    expect(failure.exitCode).toBe(1);
    expectCleanRun(failure, secretsOf(ctx.emu, [`${APP_SECRET}x`]));
  });

  it.each([
    [
      '--code, storing the app credentials',
      async (e: Emulator) => [`--code=${await confidentialCode(e)}`, '--store-app-credentials'],
    ],
    ['--code, dry run', async (e: Emulator) => [`--code=${await confidentialCode(e)}`, '--dry-run']],
    [
      'a failed exchange (code used twice)',
      async (e: Emulator) => {
        const code = await confidentialCode(e);
        await exchangeCode({ clientId: e.app.key, clientSecret: APP_SECRET, code, apiUrl: e.apiUrl });
        return [`--code=${code}`];
      },
    ],
    [
      'a read-only GitHub token (403)',
      async (e: Emulator) => [`--code=${await confidentialCode(e)}`, '--secret-name', 'OTHER'],
    ],
  ])('bootstrap: %s', async (name, args) => {
    const extra = await args(ctx.emu);
    const token = name.includes('403') ? ctx.emu.github.readOnlyToken : GITHUB_TOKEN;
    const run = await runCli([...common(), ...extra], { env: { ...dropboxEnv(), GH_TOKEN: token } });
    expectCleanRun(run, secretsOf(ctx.emu));
  });

  /** The loopback flow as a PKCE client (no app secret), the browser approving. */
  const loopbackRun = (uri: string) =>
    runCli([...common(), '--redirect-uri', uri, '--yes'], {
      env: gitHubEnv(ctx.emu, GITHUB_TOKEN),
      onAuthorizeUrl: (url) => {
        void fetch(url, { redirect: 'manual' }).then((r) => fetch(r.headers.get('location')!));
      },
    });

  it('bootstrap: loopback and paste flows (as a PKCE client: no app secret)', async () => {
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri();
    const loop = await loopbackRun(uri);
    expect(loop.code).toBe(0);
    // Paste mode: the person reads the code off the Dropbox page and pastes it at the prompt.
    const paste = await runCli([...common(), '--secret-name', 'SECOND'], {
      env: { GH_TOKEN: GITHUB_TOKEN, GITHUB_API_URL: ctx.emu.githubUrl },
      onAuthorizeUrl: async (url) => /id="code" readonly value="([^"]+)"/.exec(await (await fetch(url)).text())![1]!,
    });
    expect(paste.code).toBe(0);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository).sort()).toEqual(['DROPBOX_REFRESH_TOKEN', 'SECOND']);
    const places = [loop, paste].flatMap((run, i) => [
      { name: `run ${i} stdout`, text: run.stdout },
      { name: `run ${i} stderr`, text: run.stderr },
      { name: `run ${i} files left behind`, text: run.leftBehind.join('\n') },
    ]);
    expect(findLeaks(places, secretsOf(ctx.emu))).toEqual([]);
  });

  it('teams: a team admin links a team-linked app, the action verifies the team token; the team errors are clean', async () => {
    ctx.emu.app.scopes.push('team_info.read', 'team_data.member');
    const team = ctx.emu.dropbox.addTeam();
    ctx.emu.dropbox.signedIn = team.members[0]!;
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri();
    const bootstrap = await loopbackRun(uri);
    expect(bootstrap.code).toBe(0);
    const refreshToken = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    const step = await runActionStep({
      script: ACTION,
      inputs: { 'app-key': ctx.emu.app.key, 'refresh-token': refreshToken, 'api-url': ctx.emu.apiUrl, verify: 'true' },
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['team-id']).toBe(team.teamId);
    // The errors a team token meets on its way: a user route without a member, a foreign path root.
    const { accessToken } = await refreshAccessToken({
      clientId: ctx.emu.app.key,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
    });
    const errors = await Promise.all([
      getCurrentAccount({ accessToken, apiUrl: ctx.emu.apiUrl }).catch((e: unknown) => e),
      getCurrentAccount({
        accessToken,
        apiUrl: ctx.emu.apiUrl,
        selectUser: team.members[1]!.membership!.teamMemberId,
        pathRoot: '{".tag":"root","root":"1"}',
      }).catch((e: unknown) => e),
    ]);
    expect(errors.map((e) => (e as { code: string }).code)).toEqual(['team_token_on_user_route', 'invalid_path_root']);
    const places = [
      { name: 'bootstrap stdout', text: bootstrap.stdout },
      { name: 'bootstrap stderr', text: bootstrap.stderr },
      { name: 'action stdout', text: step.stdout, maskAware: true },
      { name: 'action stderr', text: step.stderr },
      { name: 'action summary', text: step.summary },
      { name: 'action outputs other than access-token', text: JSON.stringify({ ...step.outputs, 'access-token': '' }) },
      ...errors.flatMap(errorViews),
    ];
    expect(findLeaks(places, secretsOf(ctx.emu))).toEqual([]);
  });

  it('the user features: an rclone remote, Dependabot copies, a web-redirect paste and revoke leave no secret in view', async () => {
    // The action's rclone remote: the token JSON is masked before it is exported.
    const step = await runActionFor(ctx.emu, { 'rclone-remote': 'dropbox' });
    expect(step.exitCode).toBe(0);
    const { RCLONE_CONFIG_DROPBOX_TOKEN: remoteToken, ...otherEnv } = step.env;
    expect(remoteToken).toBeDefined();
    // The bootstrap through a web redirect, pasting the whole landed address, with Dependabot copies.
    const web = 'https://example.com/dropbox/landing';
    ctx.emu.dropbox.registerRedirectUri(web);
    const bootstrap = await runCli([...common(), '--redirect-uri', web, '--dependabot', '--store-app-credentials'], {
      env: { GH_TOKEN: GITHUB_TOKEN, GITHUB_API_URL: ctx.emu.githubUrl },
      onAuthorizeUrl: async (url) => (await fetch(url, { redirect: 'manual' })).headers.get('location')!,
    });
    expect(bootstrap.code).toBe(0);
    // Revoke what was stored, the token piped on standard input.
    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    const revoke = await runCli(['revoke', '--app-key', ctx.emu.app.key, '--api-url', ctx.emu.apiUrl], {
      stdin: `${stored}\n`,
    });
    expect(revoke.code).toBe(0);
    const places = [
      { name: 'action stdout', text: step.stdout, maskAware: true },
      { name: 'action stderr', text: step.stderr },
      { name: 'action env other than the remote', text: JSON.stringify(otherEnv) },
      { name: 'action summary', text: step.summary },
      ...[bootstrap, revoke].flatMap((run, i) => [
        { name: `cli ${i} stdout`, text: run.stdout },
        { name: `cli ${i} stderr`, text: run.stderr },
        { name: `cli ${i} files left behind`, text: run.leftBehind.join('\n') },
      ]),
    ];
    expect(findLeaks(places, secretsOf(ctx.emu))).toEqual([]);
    expect(step.stdout.indexOf(`::add-mask::${remoteToken}`)).toBeGreaterThanOrEqual(0);
  });

  it('bootstrap: --print-refresh-token shows the token on stdout alone, and nowhere else', async () => {
    const run = await runCli(
      [...emulatorFlags(ctx.emu), '--no-browser', '--print-refresh-token', `--code=${await confidentialCode(ctx.emu)}`],
      {
        env: { DROPBOX_APP_SECRET: APP_SECRET },
      },
    );
    expect(run.code).toBe(0);
    const printed = run.stdout.trim();
    expect(run.stdout).toBe(`${printed}\n`);
    expect(ctx.emu.dropbox.state.refreshTokens.has(printed)).toBe(true);
    expectCleanRun(run, secretsOf(ctx.emu), [printed]);
  });
});
