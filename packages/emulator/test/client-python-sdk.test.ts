import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'clients/dropbox_python_sdk.py');
const TEAM_SCOPES = ['team_info.read', 'team_data.member', 'members.read', 'account_info.read'];

/** Debian's python3-dropbox (the official SDK), when this machine has it; the GitHub CI workflow installs it. */
const sdkAvailable = spawnSync(PYTHON, ['-c', 'import dropbox'], { cwd: tmpdir() }).status === 0;
if (!sdkAvailable)
  console.log(
    'SKIPPED: the Dropbox Python SDK cases need /usr/bin/python3 with the dropbox module (apt-get install python3-dropbox).',
  );

interface CaseResult {
  case: string;
  ok: boolean;
  detail: string;
}

function runSdk(config: Record<string, unknown>): Promise<{ results: CaseResult[]; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(PYTHON, [SCRIPT], {
      cwd: tmpdir(),
      env: { PATH: process.env['PATH'] ?? '', ...(config['env'] as object) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', () =>
      resolve({
        results: stdout
          .trim()
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as CaseResult),
        stderr,
      }),
    );
    child.stdin.end(JSON.stringify(config));
  });
}

describe.skipIf(!sdkAvailable)('the official Dropbox Python SDK against the emulator (unmodified but for http)', () => {
  const ctx = useEmulator();

  it('decodes every answer: refreshes, scopes, accounts, teams, the no-redirect PKCE flow, AuthError and RateLimitError', async () => {
    const emu = ctx.emu;
    emu.app.scopes.push(...TEAM_SCOPES.filter((scope) => !emu.app.scopes.includes(scope)));
    const team = emu.dropbox.addTeam('Analytical Engines Ltd');
    const [admin, member] = team.members as [(typeof team.members)[0], (typeof team.members)[0]];
    emu.faults.next('/2/check/user', ['429:Retry-After=7']);
    const apiHost = new URL(emu.apiUrl).host;
    const webHost = new URL(emu.dropboxUrl).host;
    const { results, stderr } = await runSdk({
      env: { DROPBOX_API_HOST: apiHost, DROPBOX_API_CONTENT_HOST: apiHost, DROPBOX_WEB_HOST: webHost },
      api_host: apiHost,
      web_host: webHost,
      app_key: emu.app.key,
      app_secret: emu.app.secret,
      email: emu.dropbox.account.email,
      confidential_refresh_token: emu.dropbox.issueRefreshToken({ confidential: true }),
      pkce_refresh_token: emu.dropbox.issueRefreshToken({ scopes: ['account_info.read', 'files.content.read'] }),
      team_refresh_token: emu.dropbox.issueRefreshToken({ for: team, scopes: TEAM_SCOPES }),
      member_refresh_token: emu.dropbox.issueRefreshToken({ for: member }),
      admin_member_id: admin.membership!.teamMemberId,
      member_member_id: member.membership!.teamMemberId,
      retry_after: 7,
    });
    expect(stderr).toBe('');
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results.map((result) => result.case)).toEqual([
      'refresh_with_secret',
      'refresh_with_pkce',
      'scope_narrowing',
      'team_get_info',
      'team_authenticated_admin',
      'team_as_user_and_as_admin',
      'member_own_token',
      'unknown_refresh_token',
      'no_redirect_pkce_flow',
      'rate_limit_backoff',
    ]);
    expect(results.find((result) => result.case === 'rate_limit_backoff')!.detail).toBe('backoff 7');
  }, 60_000);
});
