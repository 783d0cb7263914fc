import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '@dropbox-token/emulator';
import { type CliRun, type RunCliOptions, answerConsent, runCli as runProgram } from '@dropbox-token/emulator/testing';

export const CLI = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');

export type { CliRun };

export interface CliOptions {
  env?: Record<string, string>;
  stdin?: string;
  /** Called once with the authorize URL the CLI prints; a string it returns is typed at the prompt. */
  onAuthorizeUrl?: (url: string) => unknown;
  /** Called once when stderr matches, e.g. to send a signal. */
  onStderr?: RunCliOptions['onStderr'];
}

/** Runs the bundled CLI as a user would, with a clean environment plus what the test gives. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return runProgram({ script: CLI, args, cwd: '/', ...options, env: { HOME: '/nonexistent', ...options.env } });
}

/** Plays the browser: opens the authorize URL (consent per header), follows the redirect into the CLI's loopback page. */
export function browser(consent: 'approve' | 'deny', pages: { status?: number; html?: string }) {
  return async (url: string) => {
    const page = await fetch(await answerConsent(url, consent));
    pages.status = page.status;
    pages.html = await page.text();
  };
}

export function loopbackFor(emu: Emulator): Promise<string> {
  return emu.dropbox.registerFreeLoopbackRedirectUri('/dropbox/callback');
}

/** The flags that point the CLI at the emulator's app and endpoints. */
export function endpointArgs(emu: Emulator): string[] {
  return ['--app-key', emu.app.key, '--api-url', emu.apiUrl, '--authorize-url', emu.authorizeUrl];
}

/** The emulator's flags, with no browser opened. */
export function baseArgs(emu: Emulator): string[] {
  return [...endpointArgs(emu), '--no-browser'];
}

export function githubEnv(emu: Emulator, token = emu.github.token): Record<string, string> {
  return { GH_TOKEN: token, GITHUB_API_URL: emu.githubUrl };
}

/** The attended loopback run into the emulator's repository: the flags most flows start from. */
export async function loopbackToRepo(emu: Emulator): Promise<string[]> {
  return [...baseArgs(emu), '--redirect-uri', await loopbackFor(emu), '--yes', '--repo', emu.github.repository];
}
