import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { CLI } from './run-cli.js';

/** The command in-process, with nothing on standard input: same messages and exit codes as the CLI. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const run = await runInProcess(args, { env, stdin: '' });
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
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
    [['--bogus'], /Unknown option '--bogus'/],
    [[], /app key is missing/],
    [['--app-key', 'k', '--repo', 'not-a-slug'], /--repo must be owner\/name/],
    [['--app-key', 'k', '--repo', 'o/r', '--secret-name', '1BAD'], /not a valid GitHub secret name/],
    [['--app-key', 'k', '--repo', 'o/r', '--secret-name', 'GITHUB_TOKEN'], /not a valid GitHub secret name/],
    [
      ['--app-key', 'k', '--repo', 'o/r', '--redirect-uri', 'http://example.com/cb'],
      /--redirect-uri must be http:\/\/127\.0\.0\.1:PORT\/PATH.*or an https address of your website/,
    ],
    [['--app-key', 'k', '--repo', 'o/r', '--redirect-uri', 'http://127.0.0.1/cb'], /explicit port/],
    [['--app-key', 'k', '--repo', 'o/r', '--redirect-uri', 'https://example.com/cb#x'], /no fragment/],
    [['--app-key', 'k', '--repo', 'o/r', '--code', 'abc'], /--code needs the app secret/],
    [['--app-key', 'k', '--org', 'o', '--visibility', 'some'], /--visibility must be all, private or selected/],
    [
      ['--app-key', 'k', '--repo', 'o/r', '--environment', 'prod', '--dependabot'],
      /Dependabot secrets have no environments/,
    ],
    [['--app-key', 'k', '--print-refresh-token', '--dependabot'], /--dependabot needs somewhere to store/],
    [['--app-key', 'k', '--org', 'o', '--visibility', 'selected'], /needs --selected-repos/],
    [
      ['--app-key', 'k', '--org', 'o', '--visibility', 'all', '--selected-repos', 'a'],
      /only works with --visibility selected/,
    ],
    [['--app-key', 'k', '--org', 'o', '--repo', 'o/r', '--visibility', 'all'], /cannot be combined/],
    [['--app-key', 'k', '--repo', 'o/r', '--visibility', 'all'], /only apply to --org/],
    [['--app-key', 'k', '--repo', 'o/r', '--timeout', '0'], /--timeout must be a whole number/],
    [['--app-key', 'k', '--repo', 'o/r', '--scope', 'a;b'], /--scope must list Dropbox scopes/],
    [['--app-key', 'k', '--repo', 'o/r', '--api-url', 'nope'], /--api-url must be an absolute https URL/],
    [['--app-key', 'k', '--repo', 'o/r', '--api-url', 'http://dropbox.example.com'], /clear text/],
    [
      ['--app-key', 'k', '--repo', 'o/r', '--authorize-url', 'http://10.0.0.1/oauth2/authorize'],
      /--authorize-url must be an absolute https URL/,
    ],
    [['--app-key', 'k', '--repo', 'o/r'], /No GitHub token/],
    [['--app-key', 'k'], /Could not tell which repository/],
  ])('%j exits 2 with the reason and the fix, before any browser', async (args, message) => {
    const run = await cli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/fix: /);
    expect(run.stderr).not.toContain('/oauth2/authorize?');
  });

  it('takes the app key from DROPBOX_APP_KEY', async () => {
    const run = await cli(['--repo', 'o/r'], { DROPBOX_APP_KEY: 'fromenv' });
    expect(run.stderr).toMatch(/No GitHub token/);
  });
});

describe('values that start with a dash', () => {
  it('--code -X is refused with the fix; --code=-X is accepted', async () => {
    const ambiguous = await cli(['--app-key', 'k', '--repo', 'o/r', '--code', '-abc123', '--app-secret', 's']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('fix: A value that starts with "-" must be attached with "=": --code=VALUE.');
    const attached = await cli(['--app-key', 'k', '--repo', 'o/r', '--code=-abc123', '--app-secret', 's']);
    expect(attached.stderr).toMatch(/No GitHub token/);
  });
});

describe('--app-secret on the command line', () => {
  it('works, with a note that the environment variable is safer', async () => {
    const run = await cli(['--app-key', 'k', '--app-secret', 'shh-secret-value', '--repo', 'o/r']);
    expect(run.stderr).toContain('note: --app-secret on the command line is visible to other users of this machine');
    expect(run.stderr).toMatch(/No GitHub token/);
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
    expect(run.stderr).toContain('The code exchange failed: network');
  });
});

describe('proxy variables', () => {
  it.each([
    [
      ['--app-key', 'k', '--repo', 'o/r'],
      { https_proxy: 'http://user:s3cret-pass@[proxy' },
      /Proxy variable https_proxy is not a URL/,
    ],
    [
      ['revoke', '--app-key', 'k'],
      { HTTP_PROXY: 'socks5://user:s3cret-pass@proxy.corp:1080' },
      /Proxy variable HTTP_PROXY is not an http:\/\/ or https:\/\/ proxy/,
    ],
  ])(
    '%j with %j: a usage error naming the variable, never its value, before anything else',
    async (args, env, message) => {
      const run = await cli(args, env);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(`${run.stdout}${run.stderr}`).not.toContain('s3cret-pass');
    },
  );
});

describe('credentials with stray characters', () => {
  it.each([
    [{ GH_TOKEN: 'ghp_abc def' }, /GH_TOKEN contains whitespace or control characters/],
    [{ GITHUB_TOKEN: 'ghp_abc\u0001' }, /GITHUB_TOKEN contains whitespace or control characters/],
    [{ DROPBOX_APP_SECRET: 'sec\u0001ret' }, /app secret contains whitespace or control characters/],
    [
      { GH_TOKEN: 'ghp_abc', GITHUB_API_URL: 'http://ghe.example.com/api/v3' },
      /GITHUB_API_URL must be an absolute https URL/,
    ],
  ])('%j is a usage error that never echoes the value', async (env, message) => {
    const run = await cli(['--app-key', 'k', '--repo', 'o/r'], env as Record<string, string>);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/ghp_abc|sec.ret/);
  });
});
