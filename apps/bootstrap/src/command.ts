import type { CliContext } from './context.js';
import { isCredentialShaped, isSecureOrLoopbackUrl } from '@dropbox-token/core';
import { type ProxyProblemKind, proxyProblem } from '@dropbox-token/proxy-fetch/environment';
import { HELP, parseCommandLine } from './args.js';
import { BootstrapError } from './errors/bootstrap-error.js';
import { GITHUB_REQUEST_TIMEOUT_MS, type GitHubRequester } from './github/request.js';
import { fail, type MessageId } from './errors/catalog.js';
import { gitHubWebHost } from './github/target.js';
import { runRevoke } from './commands/revoke/revoke.js';
import { BootstrapInterrupted } from './commands/mint/context.js';
import { runBootstrap } from './commands/mint/flow.js';

/** A proxy variable is named in the error, never shown: its value may hold a password. */
function checkProxyVariables(env: Record<string, string | undefined>): void {
  const unusable = proxyProblem(env);
  if (unusable === undefined) return;
  throw fail(PROXY_MESSAGES[unusable.problem], { variable: unusable.variable });
}

/** Each kind of unusable proxy variable, as the CLI's message for it. */
const PROXY_MESSAGES: Record<ProxyProblemKind, 'proxyNotUrl' | 'proxySchemeUnsupported' | 'proxyBadEscape'> = {
  not_a_url: 'proxyNotUrl',
  unsupported_scheme: 'proxySchemeUnsupported',
  bad_escape: 'proxyBadEscape',
};

async function gitHubToken(io: CliContext): Promise<string | undefined> {
  for (const name of ['GH_TOKEN', 'GITHUB_TOKEN']) {
    const value = io.env[name]?.trim();
    if (!value) continue;
    // A stray character would end up in an Authorization header, and in the runtime's error about it.
    if (!isCredentialShaped(value)) throw fail('gitHubTokenStray', { variable: name });
    return value;
  }
  return io.ghAuthToken();
}

const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** GITHUB_API_URL (GitHub Enterprise Server) or github.com's API; never plain http to another machine. */
export function gitHubApiUrl(env: Record<string, string | undefined>): string {
  const url = (env['GITHUB_API_URL'] ?? '').trim() || DEFAULT_GITHUB_API_URL;
  if (!isSecureOrLoopbackUrl(url)) throw fail('gitHubApiUrlInvalid');
  return url.replace(/\/+$/, '');
}

/** @actions/github's client factory, imported only when storing (see runCommand). */
type GetOctokit = typeof import('@actions/github').getOctokit;

/** A GitHub client for the token, on GITHUB_API_URL; every call is bounded, and cancelled with the run. */
function gitHubClientFor(getOctokit: GetOctokit, token: string, apiUrl: string, io: CliContext): GitHubRequester {
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  const timeoutMs = io.gitHubTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;
  return {
    timeoutMs,
    // Each request is bounded, and cancelled with the run.
    request: async (route, parameters) => {
      // A timer held here, not AbortSignal.timeout inside AbortSignal.any: Node 20 may collect
      // that inner signal before it fires, and the request would then wait forever.
      const deadline = new AbortController();
      const timer = setTimeout(
        () => deadline.abort(new DOMException('GitHub did not answer', 'TimeoutError')),
        timeoutMs,
      );
      try {
        const signal = AbortSignal.any([io.signal, deadline.signal]);
        const answer = await octokit.request(route, { ...parameters, request: { signal } });
        return { status: answer.status, data: answer.data as unknown, headers: answer.headers };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** On a terminal, after GitHub refused the token: ask for another one, without echoing it. */
function anotherGitHubToken(
  getOctokit: GetOctokit,
  apiUrl: string,
  io: CliContext,
): (() => Promise<GitHubRequester | undefined>) | undefined {
  const askHidden = io.askHidden;
  if (askHidden === undefined) return undefined;
  return async () => {
    const token = (await askHidden('Another GitHub token (input hidden; Enter to give up): ')).trim();
    return isCredentialShaped(token) ? gitHubClientFor(getOctokit, token, apiUrl, io) : undefined;
  };
}

/** What an interruption left behind: every secret named as stored, possibly stored, or none. */
function interruptionReport(interruption: BootstrapInterrupted): string {
  const parts: string[] = [];
  if (interruption.stored.length > 0) parts.push(`stored ${interruption.stored.join(', ')}`);
  if (interruption.possiblyStored.length > 0)
    parts.push(`${interruption.possiblyStored.join(', ')} may have been stored (its write was in flight)`);
  if (parts.length === 0) return 'Interrupted; nothing was stored.';
  if (interruption.notStored.length > 0) parts.push(`not stored: ${interruption.notStored.join(', ')}`);
  return `Interrupted after: ${parts.join('; ')}.`;
}

/**
 * How a run ended, as data: the exit code (0 done, 1 failed, 2 usage, 128+n signal) and, when it
 * failed, the message's id (or `interrupted`). Tests read the id; the person reads the message.
 */
export interface CommandOutcome {
  exitCode: number;
  failure?: MessageId | undefined;
}

/** The one error boundary: maps every failure to its message and its outcome. */
function reportFailure(error: unknown, io: CliContext): CommandOutcome {
  const { terminal } = io;
  if (error instanceof BootstrapInterrupted) {
    terminal.err.write(`\n${interruptionReport(error)}\n`);
    return { exitCode: io.interruptionExitCode(), failure: 'interrupted' };
  }
  const failure =
    error instanceof BootstrapError
      ? error
      : fail('unexpected', { step: 'The bootstrap', name: (error as Error)?.name ?? 'error' });
  terminal.err.write(
    `\n${terminal.color ? '\u001b[31merror\u001b[39m' : 'error'}: ${failure.message}\n  fix: ${failure.fix}\n`,
  );
  if (failure.exitCode === 2) terminal.err.write('  (see dropbox-token-bootstrap --help)\n');
  return { exitCode: failure.exitCode, failure: failure.id };
}

/** Runs `dropbox-token-bootstrap ARGS` and returns its exit code. */
export async function runCommand(argv: string[], io: CliContext): Promise<number> {
  return (await runCommandForOutcome(argv, io)).exitCode;
}

/** Runs `dropbox-token-bootstrap ARGS` and says how it ended. */
export async function runCommandForOutcome(argv: string[], io: CliContext): Promise<CommandOutcome> {
  try {
    return { exitCode: await dispatch(argv, io) };
  } catch (error) {
    return reportFailure(error, io);
  }
}

async function dispatch(argv: string[], io: CliContext): Promise<number> {
  const command = parseCommandLine(argv, io.env);
  if (command.kind === 'help') {
    io.terminal.out.write(HELP);
    return 0;
  }
  if (command.kind === 'version') {
    io.terminal.out.write(`${io.version}\n`);
    return 0;
  }
  // Dropbox's and GitHub's requests both go through the proxy variables: one that cannot be used ends the run first.
  checkProxyVariables(io.env);
  if (command.kind === 'revoke') return await runRevoke(command.options, io);
  const { options } = command;
  // GitHub is read (and GITHUB_API_URL checked) only when something is stored there, or a
  // broker stanza needs a repository's IDs.
  const usesGitHub = options.target !== undefined || options.brokerConfig !== undefined;
  const apiUrl = usesGitHub ? gitHubApiUrl(io.env) : DEFAULT_GITHUB_API_URL;
  const token = usesGitHub ? await gitHubToken(io) : undefined;
  // Loaded only then, and after the proxy check: @actions/github builds its proxy agent
  // from HTTPS_PROXY as it loads, and throws there on a proxy it cannot use.
  const getOctokit = usesGitHub ? (await import('@actions/github')).getOctokit : undefined;
  return await runBootstrap(options, {
    ...io,
    github:
      token === undefined || getOctokit === undefined ? undefined : gitHubClientFor(getOctokit, token, apiUrl, io),
    gitHubHost: gitHubWebHost(apiUrl),
    anotherGitHubToken: getOctokit === undefined ? undefined : anotherGitHubToken(getOctokit, apiUrl, io),
  });
}
