import { expect } from 'vitest';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import { type Emulator, maskedBeforeUse, runActionStep, startEmulator } from '@dropbox-token/emulator';
import { freeLoopbackPort, runCli as runProgram } from '@dropbox-token/emulator/testing';

const require = createRequire(import.meta.url);
export const ACTION = join(dirname(require.resolve('@dropbox-token/action/package.json')), 'dist/index.cjs');
export const CLI = join(dirname(require.resolve('@dropbox-token/bootstrap/package.json')), 'dist/cli.js');

/** The bootstrap's flags that point it at the emulator's Dropbox. */
export function emulatorFlags(emu: Emulator): string[] {
  return ['--app-key', emu.app.key, '--api-url', emu.apiUrl, '--authorize-url', emu.authorizeUrl];
}

/** The environment that points the bootstrap at the emulator's GitHub, with its token (or another). */
export function gitHubEnv(emu: Emulator, token = emu.github.token): Record<string, string> {
  return { GH_TOKEN: token, GITHUB_API_URL: emu.githubUrl };
}

/** The committed action bundle as a runner starts it: a fresh refresh token for the emulator, plus `inputs`. */
export function runActionFor(emu: Emulator, inputs: Record<string, string> = {}) {
  return runActionStep({
    script: ACTION,
    inputs: {
      'app-key': emu.app.key,
      'refresh-token': emu.dropbox.issueRefreshToken(),
      'api-url': emu.apiUrl,
      ...inputs,
    },
  });
}

/**
 * Every secret the emulator has seen or minted: app secrets, GitHub tokens, authorization codes,
 * refresh and access tokens, PKCE verifiers. The canaries a leak scan looks for.
 */
export function secretsOf(emu: Emulator, extra: string[] = []): string[] {
  const state = emu.dropbox.state;
  const verifiers = emu.requests.flatMap((r) => {
    const body = r.body as Record<string, string> | undefined;
    return [body?.['code_verifier'], r.query['code_verifier']].filter((v): v is string => typeof v === 'string');
  });
  const all = [
    ...[...state.apps.values()].map((a) => a.secret),
    ...state.codes.keys(),
    ...state.refreshTokens.keys(),
    ...state.accessTokens.keys(),
    ...emu.github.state.tokens.keys(),
    ...verifiers,
    ...extra,
  ];
  return [...new Set(all.filter((s) => s.length >= 8))];
}

export interface Place {
  name: string;
  text: string;
  /** Workflow-log semantics: a secret may appear after its own `::add-mask::` line. */
  maskAware?: boolean;
  /** Secrets the user explicitly asked to see here (e.g. --print-refresh-token's stdout). */
  allowed?: string[];
}

/** Where each canary shows up where it must not; empty means no leak. */
export function findLeaks(places: Place[], secrets: string[]): string[] {
  const leaks: string[] = [];
  for (const place of places) {
    for (const secret of secrets) {
      if (!place.text.includes(secret) || place.allowed?.includes(secret)) continue;
      if (place.maskAware && maskedBeforeUse(place.text, secret)) continue;
      leaks.push(`${place.name} shows a secret (${secret.slice(0, 4)}…)`);
    }
  }
  return leaks;
}

/** How an error thrown by the core looks when someone logs it. */
export function errorViews(error: unknown): Place[] {
  return [
    { name: 'JSON.stringify(error)', text: JSON.stringify(error) ?? '' },
    { name: 'util.inspect(error)', text: inspect(error, { depth: 5 }) },
    { name: 'String(error)', text: String(error) },
  ];
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Files left in the working directory and HOME after the run. */
  leftBehind: string[];
}

/** Runs the bundled bootstrap CLI in an empty working directory with an empty HOME. */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; onAuthorizeUrl?: (url: string) => unknown } = {},
): Promise<CliRun> {
  const cwd = mkdtempSync(join(tmpdir(), 'cli-cwd-'));
  const home = mkdtempSync(join(tmpdir(), 'cli-home-'));
  try {
    const run = await runProgram({
      script: CLI,
      args,
      cwd,
      env: { HOME: home, ...options.env },
      ...(options.stdin !== undefined || !options.onAuthorizeUrl ? { stdin: options.stdin ?? '' } : {}),
      ...(options.onAuthorizeUrl ? { onAuthorizeUrl: options.onAuthorizeUrl } : {}),
    });
    const leftBehind = [...readdirSync(cwd).map((f) => `cwd/${f}`), ...readdirSync(home).map((f) => `home/${f}`)];
    return { code: run.code, stdout: run.stdout, stderr: run.stderr, durationMs: run.durationMs, leftBehind };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

/** The bootstrap with a code copied off the page (`--code`, the app secret in the environment), storing into the seeded repository. */
export function runCodeFlow(emu: Emulator, code: string): Promise<CliRun> {
  return runCli(
    [
      `--code=${code}`,
      '--repo',
      emu.github.repository,
      '--api-url',
      emu.apiUrl,
      '--authorize-url',
      emu.authorizeUrl,
      '--no-browser',
    ],
    {
      env: {
        DROPBOX_APP_KEY: emu.app.key,
        DROPBOX_APP_SECRET: emu.app.secret,
        GH_TOKEN: emu.github.token,
        GITHUB_API_URL: emu.githubUrl,
      },
    },
  );
}

/**
 * A test body with an emulator of its own, started before and closed after: scenarios that wait
 * (backoff, Retry-After, stalls) or run separate processes can then run side by side.
 */
export function withEmulator<A extends unknown[]>(
  test: (emu: Emulator, ...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const emu = await startEmulator();
    try {
      await test(emu, ...args);
    } finally {
      await emu.close();
    }
  };
}

export function tokenRequests(emu: Emulator): number {
  return emu.requests.filter((r) => r.path === '/oauth2/token').length;
}

const BROKER_BIN = join(dirname(require.resolve('@dropbox-token/broker')), '../bin/dropbox-token-broker.js');

export interface BrokerProcess {
  url: string;
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
}

/** `dropbox-token-broker serve` as self-hosters run it: a separate process, ready when /healthz answers. */
export async function serveBroker(yaml: (url: string) => string, env: Record<string, string>, apiUrl: string) {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'proof-broker-'));
  writeFileSync(join(dir, 'broker.yaml'), yaml(url));
  const child = spawn(
    process.execPath,
    [BROKER_BIN, 'serve', '--config', join(dir, 'broker.yaml'), '--port', String(port), '--api-url', apiUrl],
    { env: { PATH: process.env['PATH'] ?? '', ...env } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${url}/healthz`).then(
        () => true,
        () => false,
      )
    )
      return { url, child, output: () => ({ stdout, stderr }) } satisfies BrokerProcess;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the broker did not start: ${stderr}`);
}

/** What a clean run leaves: what the runner or the person saw, and (for the CLI) the files it left. */
export interface RunTrace {
  stdout: string;
  stderr: string;
  /** An action step's job summary: its stdout is then a workflow log, where masks apply. */
  summary?: string;
  leftBehind?: string[];
}

/**
 * The run left nothing behind and showed none of the secrets anywhere it writes. An action step's
 * stdout is read as a workflow log (a secret may follow its own mask line); `allowedOnStdout` is
 * what the person asked to see there (--print-refresh-token).
 */
export function expectCleanRun(run: RunTrace, secrets: string[], allowedOnStdout: string[] = []): void {
  const isStep = run.summary !== undefined;
  const places: Place[] = [
    { name: 'stdout', text: run.stdout, maskAware: isStep, allowed: allowedOnStdout },
    { name: 'stderr', text: run.stderr },
  ];
  if (isStep) places.push({ name: 'summary', text: run.summary ?? '' });
  if (run.leftBehind !== undefined) expect(run.leftBehind).toEqual([]);
  expect(findLeaks(places, secrets)).toEqual([]);
}
