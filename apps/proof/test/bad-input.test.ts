import { useEmulator } from '@dropbox-token/emulator/testing';
import { connect } from 'node:net';
import { type Emulator, runActionStep } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION,
  emulatorFlags,
  expectCleanRun,
  gitHubEnv,
  findLeaks,
  runCli,
  secretsOf,
  withEmulator,
} from './harness.js';

/**
 * Hostile and careless input. Each gets a clear error and exit code, nothing is stored, and no
 * value can inject a workflow command: the only `::` lines the action prints are its own masks
 * and one error.
 */
const HOSTILE = {
  empty: '',
  whitespace: '   \t ',
  newline: 'abc\ndef',
  'workflow command': 'x\n::set-output name=access-token::pwned',
  'command at start': '::error::pwned',
  'encoded newline': 'abc%0A::warning::pwned',
  'non-ASCII': 'tökén✓',
  '100 kB': 'A'.repeat(100_000),
};

function ownCommandsOnly(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::') && !line.startsWith('::add-mask::') && !line.startsWith('::error::'));
}

describe.concurrent('bad input: the action', () => {
  const base = (emu: Emulator) => ({
    'app-key': emu.app.key,
    'refresh-token': emu.dropbox.issueRefreshToken(),
    'api-url': emu.apiUrl,
  });

  describe.each([
    'app-key',
    'refresh-token',
    'app-secret',
    'scope',
    'export-env',
    'verify',
    'api-url',
    'timeout-seconds',
  ])('input %s', (input) => {
    it.each(Object.entries(HOSTILE))(
      '%s: a clear ::error:: or a safe success, never an injected command',
      withEmulator(async (emu, _kind: string, value: string) => {
        // api-url alone chooses where requests go: for it, anything not bound for the emulator goes
        // to a dead local proxy, so no request leaves the machine. (The proxy chunk is undici's 1 MB:
        // the other inputs' runs keep the common path.)
        const deadProxy = {
          HTTPS_PROXY: 'http://127.0.0.1:9',
          HTTP_PROXY: 'http://127.0.0.1:9',
          NO_PROXY: '127.0.0.1',
        };
        const step = await runActionStep({
          script: ACTION,
          inputs: { ...base(emu), [input]: value },
          env: input === 'api-url' ? deadProxy : {},
        });
        const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error::'));
        expect(ownCommandsOnly(step.stdout)).toEqual([]);
        expect(step.stdout).not.toMatch(/^::(set-output|warning|notice|debug)/m);
        if (step.exitCode === 0) {
          // Accepted (e.g. an optional input left empty): the token still came out masked.
          expect(errors).toEqual([]);
          expect(step.masks).toContain(step.outputs['access-token']);
        } else {
          expect(step.exitCode).toBe(1);
          expect(errors).toHaveLength(1);
          expect(errors[0]!.length).toBeLessThan(600);
          expect(errors[0]).toMatch(/\. .+/); // "<what failed>. <what to do>"
          expect(step.outputs).toEqual({});
          expect(step.env).toEqual({});
        }
        // Input values never come back except inside their own mask line.
        if (value.trim().length >= 8 && (input === 'refresh-token' || input === 'app-secret')) {
          expect(
            findLeaks(
              [
                { name: 'stdout', text: step.stdout, maskAware: true },
                { name: 'summary', text: step.summary },
              ],
              [value.trim()],
            ),
          ).toEqual([]);
        }
        expect(step.summary).not.toContain('pwned');
        expectCleanRun(step, secretsOf(emu));
      }),
    );
  });

  it.each(['1TOKEN', 'MY-TOKEN', 'A B', 'GITHUB_TOKEN', 'RUNNER_X', 'PATH', 'NODE_OPTIONS', 'A=B'])(
    'export-env %j is refused',
    withEmulator(async (emu, name: string) => {
      const step = await runActionStep({ script: ACTION, inputs: { ...base(emu), 'export-env': name } });
      expect(step.exitCode).toBe(1);
      expect(step.stdout).toMatch(/::error::The export-env input/);
      expect(step.env).toEqual({});
    }),
  );
});

describe('bad input: the bootstrap', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const common = () => [...emulatorFlags(ctx.emu), '--no-browser'];
  const env = () => gitHubEnv(ctx.emu);

  it.each([
    [['--secret-name', '1ABC'], /not a valid GitHub secret name/],
    [['--secret-name', 'GITHUB_TOKEN'], /not a valid GitHub secret name/],
    [['--secret-name', 'A-B'], /not a valid GitHub secret name/],
    [['--secret-name', `${'x'.repeat(10)}\n::error::pwned`], /not a valid GitHub secret name/],
    [['--repo', 'no-slash'], /--repo must be owner\/name/],
    [['--repo', 'a/b/c'], /--repo must be owner\/name/],
    [['--repo', '../x'], /--repo must be owner\/name/],
    [['--repo', 'o/r', '--environment', ''], /--environment must be/],
    [['--repo', 'o/r', '--environment', 'a\nb'], /--environment must be/],
    [['--redirect-uri', 'http://example.com:80/cb'], /--redirect-uri must be/],
    [['--redirect-uri', 'http://127.0.0.1:8080/cb?x=1'], /--redirect-uri must be/],
    [['--scope', ''], /--scope must list Dropbox scopes/],
    [['--timeout', '-1'], /--timeout/],
    [['--timeout', '1e3'], /--timeout/],
  ])('%j: exit 2 with the fix, before any request', async (args, message) => {
    const repoGiven = args.includes('--repo');
    const run = await runCli([...common(), ...(repoGiven ? [] : ['--repo', ctx.emu.github.repository]), ...args], {
      env: env(),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/\n {2}fix: /);
    expect(run.stderr).not.toContain('pwned\n');
    expect(ctx.emu.requests).toEqual([]);
  });

  it('an environment name with "/" is URL-encoded; one that does not exist is a clear 404 before the browser', async () => {
    const run = await runCli([...common(), '--repo', ctx.emu.github.repository, '--environment', 'prod/eu'], {
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('GitHub found no environment "prod/eu"');
    expect(ctx.emu.requests.map((r) => r.path)).toEqual([
      `/repos/${ctx.emu.github.repository}/environments/prod%2Feu/secrets/public-key`,
    ]);
  });

  it('a pasted redirect URL from a different authorize attempt is refused; nothing stored', async () => {
    const run = await runCli([...common(), '--repo', ctx.emu.github.repository], {
      env: env(),
      stdin: 'http://127.0.0.1:53682/callback?code=abcdef&state=someone-elses-state\n',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The pasted URL belongs to a different authorization');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
  });

  describe('the loopback callback', () => {
    const redirect = () => ctx.emu.dropbox.registerFreeLoopbackRedirectUri('/cb');

    it.each([
      ['a wrong state', (uri: string) => `${uri}?code=abcdef&state=wrong`],
      ['a missing state', (uri: string) => `${uri}?code=abcdef`],
      ['a stray request without parameters', (uri: string) => uri],
      ['an error without the state', (uri: string) => `${uri}?error=access_denied`],
    ])(
      '%s: a 400 page, and the flow waits for the real answer (attack: end or hijack the flow)',
      async (_name, stray) => {
        const uri = await redirect();
        const answers: number[] = [];
        const run = await runCli([...common(), '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes'], {
          env: env(),
          onAuthorizeUrl: async (url) => {
            answers.push((await fetch(stray(uri))).status);
            const location = (
              await fetch(url, { redirect: 'manual', headers: { 'x-emulator-consent': 'approve' } })
            ).headers.get('location')!;
            answers.push((await fetch(location)).status);
          },
        });
        expect(answers).toEqual([400, 200]);
        expect(run.code).toBe(0);
        // The stray code never reached Dropbox.
        const sent = ctx.emu.requests
          .filter((r) => r.path === '/oauth2/token')
          .map((r) => (r.body as Record<string, string>)['code']);
        expect(sent).not.toContain('abcdef');
        expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual(['DROPBOX_REFRESH_TOKEN']);
      },
    );

    it.each([
      [
        'error=access_denied',
        (uri: string, state: string) => `${uri}?error=access_denied&state=${state}`,
        200,
        /You declined access/,
      ],
      [
        'another error',
        (uri: string, state: string) => `${uri}?error=server_error&state=${state}`,
        200,
        /answered the authorization with an error/,
      ],
      ['no code', (uri: string, state: string) => `${uri}?state=${state}`, 400, /had no authorization code/],
    ])(
      "%s with this run's state: a failure page, exit 1, nothing stored",
      async (_name, callbackUrl, status, message) => {
        const uri = await redirect();
        let answer = 0;
        let second = 0;
        let otherPath = 0;
        const run = await runCli([...common(), '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes'], {
          env: env(),
          onAuthorizeUrl: (url) => {
            const state = new URL(url).searchParams.get('state')!;
            void (async () => {
              otherPath = (await fetch(uri.replace('/cb', '/favicon.ico'))).status;
              answer = (await fetch(callbackUrl(uri, state))).status;
              second = await fetch(callbackUrl(uri, state)).then(
                (r) => r.status,
                () => -1,
              );
            })();
          },
        });
        expect(otherPath).toBe(404);
        expect(answer).toBe(status);
        // One answer only: a second one is refused or finds the server closed.
        expect([409, -1]).toContain(second);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(message);
        expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
      },
    );

    it('listens on 127.0.0.1 only: another loopback address is refused', async () => {
      const uri = await redirect();
      const port = Number(new URL(uri).port);
      let refused: boolean | undefined;
      const run = await runCli(
        [...common(), '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes', '--timeout', '2'],
        {
          env: env(),
          onAuthorizeUrl: () => {
            const socket = connect(port, '127.0.0.2');
            socket.on('connect', () => {
              refused = false;
              socket.destroy();
            });
            socket.on('error', () => {
              refused = true;
            });
          },
        },
      );
      expect(run.code).toBe(1);
      expect(refused).toBe(true);
    });
  });
});
