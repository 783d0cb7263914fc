import type { Readable } from 'node:stream';
import { getOctokit } from '@actions/github';
import { isCredentialShaped, isSecureOrLoopbackUrl } from '@dropbox-token/core';
import { type BootstrapOptions, HELP, parseCommandLine } from './args.js';
import { BootstrapError } from './bootstrap-error.js';
import type { GitHubRequester } from './github-secrets.js';
import { fail } from './messages.js';
import { BootstrapInterrupted, runBootstrap } from './run-bootstrap.js';
import type { Terminal } from './terminal.js';

/** What the command needs from the world; the entry file (cli.ts) supplies the process's, tests their own. */
export interface CommandIo {
  terminal: Terminal;
  stdin: Readable;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  /** The exit code for an interruption (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). */
  interruptionExitCode: () => number;
  /** `git remote get-url origin`. */
  gitRemoteUrl: () => Promise<string | undefined>;
  /** `gh auth token`, when GH_TOKEN and GITHUB_TOKEN are unset. */
  ghAuthToken: () => Promise<string | undefined>;
  openBrowser: (url: string) => Promise<boolean>;
  version: string;
  fetch?: typeof fetch | undefined;
}

async function gitHubToken(io: CommandIo): Promise<string | undefined> {
  for (const name of ['GH_TOKEN', 'GITHUB_TOKEN']) {
    const value = io.env[name]?.trim();
    if (!value) continue;
    // A stray character would end up in an Authorization header, and in the runtime's error about it.
    if (!isCredentialShaped(value)) throw fail('gitHubTokenStray', { variable: name });
    return value;
  }
  return io.ghAuthToken();
}

/** GITHUB_API_URL (GitHub Enterprise Server) or github.com's API; never plain http to another machine. */
export function gitHubApiUrl(env: Record<string, string | undefined>): string {
  const url = (env['GITHUB_API_URL'] ?? '').trim() || 'https://api.github.com';
  if (!isSecureOrLoopbackUrl(url)) throw fail('gitHubApiUrlInvalid');
  return url.replace(/\/+$/, '');
}

/** A GitHub client for the token, on GITHUB_API_URL; every call can be cancelled, like the Dropbox ones. */
async function gitHubClient(options: BootstrapOptions, io: CommandIo): Promise<GitHubRequester | undefined> {
  const token = options.target === undefined ? undefined : await gitHubToken(io);
  if (token === undefined) return undefined;
  const octokit = getOctokit(token, { baseUrl: gitHubApiUrl(io.env) });
  return {
    request: (route, parameters) =>
      octokit.request(route, { ...parameters, request: { signal: io.signal } }) as Promise<{
        status: number;
        data: unknown;
      }>,
  };
}

/** What an interruption left behind: every secret named as stored, possibly stored, or none. */
function interruptionReport(interruption: BootstrapInterrupted): string {
  const parts: string[] = [];
  if (interruption.stored.length > 0) parts.push(`stored ${interruption.stored.join(', ')}`);
  if (interruption.possiblyStored.length > 0)
    parts.push(`${interruption.possiblyStored.join(', ')} may have been stored (its write was in flight)`);
  return parts.length === 0 ? 'Interrupted; nothing was stored.' : `Interrupted after: ${parts.join('; ')}.`;
}

/** The one error boundary: maps every outcome to its message and exit code (0 done, 1 failed, 2 usage, 128+n signal). */
function reportFailure(error: unknown, io: CommandIo): number {
  const { terminal } = io;
  if (error instanceof BootstrapInterrupted) {
    terminal.err.write(`\n${interruptionReport(error)}\n`);
    return io.interruptionExitCode();
  }
  const failure =
    error instanceof BootstrapError
      ? error
      : fail('unexpected', { step: 'The bootstrap', name: (error as Error)?.name ?? 'error' });
  terminal.err.write(
    `\n${terminal.color ? '\u001b[31merror\u001b[39m' : 'error'}: ${failure.message}\n  fix: ${failure.fix}\n`,
  );
  if (failure.exitCode === 2) terminal.err.write('  (see dropbox-token-bootstrap --help)\n');
  return failure.exitCode;
}

/** Runs `dropbox-token-bootstrap ARGS` and returns its exit code. */
export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    const command = parseCommandLine(argv, io.env);
    if (command.kind === 'help') {
      io.terminal.out.write(HELP);
      return 0;
    }
    if (command.kind === 'version') {
      io.terminal.out.write(`${io.version}\n`);
      return 0;
    }
    const { options } = command;
    return await runBootstrap(options, {
      terminal: io.terminal,
      stdin: io.stdin,
      github: await gitHubClient(options, io),
      gitRemoteUrl: io.gitRemoteUrl,
      openBrowser: io.openBrowser,
      signal: io.signal,
      fetch: io.fetch,
    });
  } catch (error) {
    return reportFailure(error, io);
  }
}
