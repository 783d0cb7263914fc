import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { CLI } from './run-cli.js';

/** The command in-process, with nothing on standard input: same messages and exit codes as the CLI. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const run = await runInProcess(args, { env, stdin: '' });
  return { status: run.code, failure: run.failure, stdout: run.stdout, stderr: run.stderr };
}

describe('usage', () => {
  it('--help and --version exit 0 (the bundled CLI: the version is built in)', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '' });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: dropbox-token-bootstrap');
    expect(help.stdout).toContain('--print-refresh-token');
    expect(help.stdout).toContain('default https://api.dropboxapi.com');
    const version = run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['--bogus'], 'badOption'],
    [[], 'appKeyMissing'],
    [['--app-key', 'k', '--repo', 'not-a-slug'], 'repoSlugInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--secret-name', '1BAD'], 'secretNameInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--secret-name', 'GITHUB_TOKEN'], 'secretNameInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--redirect-uri', 'http://example.com/cb'], 'redirectNotLoopback'],
    [['--app-key', 'k', '--repo', 'o/r', '--redirect-uri', 'http://127.0.0.1/cb'], 'redirectNotLoopback'],
    [['--app-key', 'k', '--repo', 'o/r', '--redirect-uri', 'https://example.com/cb#x'], 'redirectNotLoopback'],
    [['--app-key', 'k', '--repo', 'o/r', '--code', 'abc'], 'codeNeedsSecret'],
    [['--app-key', 'k', '--org', 'o', '--visibility', 'some'], 'visibilityInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--environment', 'prod', '--dependabot'], 'dependabotEnvironment'],
    [['--app-key', 'k', '--print-refresh-token', '--dependabot'], 'dependabotWithoutTarget'],
    [['--app-key', 'k', '--org', 'o', '--visibility', 'selected'], 'selectedNeedsRepos'],
    [['--app-key', 'k', '--org', 'o', '--visibility', 'all', '--selected-repos', 'a'], 'selectedReposWithoutSelected'],
    [['--app-key', 'k', '--org', 'o', '--repo', 'o/r', '--visibility', 'all'], 'orgWithRepo'],
    [['--app-key', 'k', '--repo', 'o/r', '--visibility', 'all'], 'visibilityWithoutOrg'],
    [['--app-key', 'k', '--repo', 'o/r', '--timeout', '0'], 'timeoutInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--scope', 'a;b'], 'scopeInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--api-url', 'nope'], 'urlInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--api-url', 'http://dropbox.example.com'], 'urlInvalid'],
    [['--app-key', 'k', '--repo', 'o/r', '--authorize-url', 'http://10.0.0.1/oauth2/authorize'], 'urlInvalid'],
    [['--app-key', 'k', '--repo', 'o/r'], 'noGitHubToken'],
    [['--app-key', 'k'], 'noRepository'],
  ])('%j exits 2 with the reason (%s) and the fix, before any browser', async (args, id) => {
    const run = await cli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.failure).toBe(id);
    expect(run.stderr).toMatch(/fix: /);
    expect(run.stderr).not.toContain('/oauth2/authorize?');
  });

  it('takes the app key from DROPBOX_APP_KEY', async () => {
    const run = await cli(['--repo', 'o/r'], { DROPBOX_APP_KEY: 'fromenv' });
    expect(run.failure).toBe('noGitHubToken');
  });
});

describe('values that start with a dash', () => {
  it('--code -X is refused with the fix; --code=-X is accepted', async () => {
    const ambiguous = await cli(['--app-key', 'k', '--repo', 'o/r', '--code', '-abc123', '--app-secret', 's']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('fix: A value that starts with "-" must be attached with "=": --code=VALUE.');
    const attached = await cli(['--app-key', 'k', '--repo', 'o/r', '--code=-abc123', '--app-secret', 's']);
    expect(attached.failure).toBe('noGitHubToken');
  });
});

describe('--app-secret on the command line', () => {
  it('works, with a note that the environment variable is safer', async () => {
    const run = await cli(['--app-key', 'k', '--app-secret', 'shh-secret-value', '--repo', 'o/r']);
    expect(run.stderr).toContain('note: --app-secret on the command line is visible to other users of this machine');
    expect(run.failure).toBe('noGitHubToken');
    expect(run.stderr).not.toContain('shh-secret-value');
    expect(
      (await cli(['--app-key', 'k', '--repo', 'o/r'], { DROPBOX_APP_SECRET: 'shh-secret-value' })).stderr,
    ).not.toContain('note:');
  });
});

describe('GITHUB_API_URL', () => {
  it('is read only when something is stored in GitHub: --print-refresh-token ignores it', async () => {
    const run = await cli(
      ['--app-key', 'k', '--print-refresh-token', '--code=abc', '--app-secret', 's', '--api-url', 'http://127.0.0.1:9'],
      {
        GITHUB_API_URL: 'http://ghe.example.com/api/v3',
      },
    );
    expect(run.stderr).not.toContain('GITHUB_API_URL must be');
    expect(run.failure).toBe('exchangeFailed');
  });
});

describe('proxy variables', () => {
  it.each([
    [['--app-key', 'k', '--repo', 'o/r'], { https_proxy: 'http://user:s3cret-pass@[proxy' }, 'proxyNotUrl'],
    [
      ['revoke', '--app-key', 'k'],
      { HTTP_PROXY: 'socks5://user:s3cret-pass@proxy.corp:1080' },
      'proxySchemeUnsupported',
    ],
  ])('%j with %j: a usage error naming the variable, never its value, before anything else', async (args, env, id) => {
    const run = await cli(args, env);
    expect(run.status).toBe(2);
    expect(run.failure).toBe(id);
    expect(`${run.stdout}${run.stderr}`).not.toContain('s3cret-pass');
  });
});

describe('credentials with stray characters', () => {
  it.each([
    [{ GH_TOKEN: 'ghp_abc def' }, 'gitHubTokenStray'],
    [{ GITHUB_TOKEN: 'ghp_abc\u0001' }, 'gitHubTokenStray'],
    [{ DROPBOX_APP_SECRET: 'sec\u0001ret' }, 'appSecretStray'],
    [{ GH_TOKEN: 'ghp_abc', GITHUB_API_URL: 'http://ghe.example.com/api/v3' }, 'gitHubApiUrlInvalid'],
  ])('%j is a usage error (%s) that never echoes the value', async (env, id) => {
    const run = await cli(['--app-key', 'k', '--repo', 'o/r'], env as Record<string, string>);
    expect(run.status).toBe(2);
    expect(run.failure).toBe(id);
    expect(run.stderr).not.toMatch(/ghp_abc|sec.ret/);
  });
});
