import { execFile } from 'node:child_process';
import { getOctokit } from '@actions/github';
import { HELP, parseCommandLine } from './args.js';
import { isCredentialShaped } from '@dropbox-token/core';
import { BootstrapError } from './bootstrap-error.js';
import { fail } from './messages.js';
import type { GitHubRequester } from './github-secrets.js';
import { openBrowser } from './open-browser.js';
import { BootstrapInterrupted, runBootstrap } from './run-bootstrap.js';
import type { Terminal } from './terminal.js';

declare const __BOOTSTRAP_VERSION__: string;

// The entry file alone touches the process: argv, environment, signals, exit codes.
function run(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 10_000, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}

async function gitHubToken(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const name of ['GH_TOKEN', 'GITHUB_TOKEN']) {
    const value = env[name]?.trim();
    if (!value) continue;
    // A stray character would end up in an Authorization header, and in the runtime's error about it.
    if (!isCredentialShaped(value)) throw fail('gitHubTokenStray', { variable: name });
    return value;
  }
  return run('gh', ['auth', 'token']);
}

/** On Linux a browser needs a display; over SSH or in CI there is none, and the URL is enough. */
function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/** What an interruption left behind: every secret named as stored, possibly stored, or none. */
function interruptionReport(interruption: BootstrapInterrupted): string {
  const parts: string[] = [];
  if (interruption.stored.length > 0) parts.push(`stored ${interruption.stored.join(', ')}`);
  if (interruption.possiblyStored.length > 0)
    parts.push(`${interruption.possiblyStored.join(', ')} may have been stored (its write was in flight)`);
  return parts.length === 0 ? 'Interrupted; nothing was stored.' : `Interrupted after: ${parts.join('; ')}.`;
}

async function main(): Promise<number> {
  const env = process.env;
  const terminal: Terminal = {
    err: process.stderr,
    out: process.stdout,
    color: process.stderr.isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb',
  };
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());

  try {
    const command = parseCommandLine(process.argv.slice(2), env);
    if (command.kind === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${__BOOTSTRAP_VERSION__}\n`);
      return 0;
    }
    const { options } = command;
    const token = options.target === undefined ? undefined : await gitHubToken(env);
    const octokit =
      token === undefined
        ? undefined
        : getOctokit(token, { baseUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '') });
    // Every GitHub call can be cancelled by Ctrl-C, like the Dropbox ones.
    const github: GitHubRequester | undefined =
      octokit === undefined
        ? undefined
        : {
            request: (route, parameters) =>
              octokit.request(route, { ...parameters, request: { signal: controller.signal } }) as Promise<{
                status: number;
                data: unknown;
              }>,
          };
    return await runBootstrap(options, {
      terminal,
      stdin: process.stdin,
      github,
      gitRemoteUrl: () => run('git', ['remote', 'get-url', 'origin']),
      openBrowser: (url) => (hasDisplay(env) ? openBrowser(url, process.platform) : Promise.resolve(false)),
      signal: controller.signal,
    });
  } catch (error) {
    if (error instanceof BootstrapInterrupted) {
      process.stderr.write(`\n${interruptionReport(error)}\n`);
      return 130;
    }
    if (error instanceof BootstrapError) {
      process.stderr.write(
        `\n${terminal.color ? '\u001b[31merror\u001b[39m' : 'error'}: ${error.message}\n  fix: ${error.fix}\n`,
      );
      if (error.exitCode === 2) process.stderr.write('  (see dropbox-token-bootstrap --help)\n');
      return error.exitCode;
    }
    process.stderr.write(
      `\nerror: unexpected failure (${(error as Error)?.name ?? 'unknown'}).\n  fix: run again; if it persists, report it with the command you ran (not its secrets).\n`,
    );
    return 1;
  }
}

process.exitCode = await main();
