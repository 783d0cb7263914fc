import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '@dropbox-token/emulator';

export const CLI = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  stdin?: string;
  /** Called once with the authorize URL the CLI prints. */
  onAuthorizeUrl?: (url: string) => Promise<void> | void;
  /** Called once when stderr matches, e.g. to send a signal. */
  onStderr?: { match: RegExp; run: (child: ReturnType<typeof spawn>) => void };
}

/** Runs the bundled CLI as a user would, with a clean environment plus what the test gives. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: '/nonexistent', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: '/',
  });
  let stdout = '';
  let stderr = '';
  let urlSeen = false;
  let stderrSeen = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    const match = /(https?:\/\/\S+\/oauth2\/authorize\?\S+)/.exec(stderr);
    if (match && !urlSeen && options.onAuthorizeUrl) {
      urlSeen = true;
      void Promise.resolve(options.onAuthorizeUrl(match[1]!)).catch((error: unknown) => {
        stderr += `\n[test browser failed: ${String(error)}]`;
      });
    }
    if (options.onStderr && !stderrSeen && options.onStderr.match.test(stderr)) {
      stderrSeen = true;
      options.onStderr.run(child);
    }
  });
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Plays the browser: opens the authorize URL (consent per header), follows the redirect into the CLI's loopback page. */
export function browser(consent: 'approve' | 'deny', pages: { status?: number; html?: string }) {
  return async (url: string) => {
    const answer = await fetch(url, { redirect: 'manual', headers: { 'x-emulator-consent': consent } });
    const location = answer.headers.get('location');
    if (location === null) throw new Error(`authorize answered ${answer.status}`);
    const page = await fetch(location);
    pages.status = page.status;
    pages.html = await page.text();
  };
}

export function loopbackFor(emu: Emulator): Promise<string> {
  return emu.dropbox.registerFreeLoopbackRedirectUri('/dropbox/callback');
}

export function baseArgs(emu: Emulator): string[] {
  return ['--app-key', emu.app.key, '--api-url', emu.apiUrl, '--authorize-url', emu.authorizeUrl, '--no-browser'];
}

export function githubEnv(emu: Emulator, token = emu.github.token): Record<string, string> {
  return { GH_TOKEN: token, GITHUB_API_URL: emu.githubUrl };
}
