import { PassThrough } from 'node:stream';
import type { CliRun } from '@dropbox-token/emulator/testing';
import { type CommandOutcome, runCommandForOutcome } from '../src/command.js';
import { TERMINATING_SIGNALS, type TerminatingSignal } from '../src/platform.js';

export interface InProcessOptions {
  env?: Record<string, string>;
  stdin?: string;
  /** Called once with the authorize URL the CLI prints; a string it returns is typed at the prompt. */
  onAuthorizeUrl?: (url: string) => unknown;
  /** Called once when stderr matches; `kill` delivers a signal as the entry file would. */
  onStderr?: { match: RegExp; run: (process: { kill(signal: TerminatingSignal): void }) => void };
  /** `git remote get-url origin` (default: not a checkout). */
  gitRemoteUrl?: string;
  /** `gh auth token` (default: gh is not installed). */
  ghToken?: string;
  /** The platform opener (default: there is no display). */
  openBrowser?: (url: string) => Promise<boolean>;
  /** A person at a terminal answering questions (default: not a terminal). */
  ask?: (question: string) => Promise<string>;
  askHidden?: (question: string) => Promise<string>;
  /** Bound on each GitHub request (default 30 s). */
  gitHubTimeoutMs?: number;
  /** Standard output is a pipe whose reader has gone (EPIPE on every write). */
  brokenStdout?: boolean;
}

const AUTHORIZE_URL = /(https?:\/\/\S+\/oauth2\/authorize\?\S+)/;

/** A run's outcome: the CLI's result, and the id of the message it failed with (if it did). */
export interface InProcessRun extends CliRun {
  failure: CommandOutcome['failure'];
}

/**
 * Runs the command in this process through its injection points (runCommand's io): the same
 * flow, messages and exit codes as the bundled CLI, without a child process. The CLI's result
 * shape, plus the failure's message id.
 */
export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  const started = Date.now();
  const controller = new AbortController();
  let signal: TerminatingSignal | undefined;
  const stdin = new PassThrough();
  let stdout = '';
  let stderr = '';
  let browserDone: Promise<unknown> = Promise.resolve();
  let stderrSeen = false;
  let urlSeen = false;
  const onError = (text: string) => {
    stderr += text;
    const match = AUTHORIZE_URL.exec(stderr);
    if (match && !urlSeen && options.onAuthorizeUrl) {
      urlSeen = true;
      browserDone = Promise.resolve(options.onAuthorizeUrl(match[1]!)).then(
        (typed) => {
          if (typeof typed === 'string') stdin.end(`${typed}\n`);
        },
        (error: unknown) => {
          stderr += `\n[test browser failed: ${String(error)}]`;
        },
      );
    }
    if (options.onStderr && !stderrSeen && options.onStderr.match.test(stderr)) {
      stderrSeen = true;
      options.onStderr.run({
        kill: (name) => {
          signal ??= name;
          controller.abort();
        },
      });
    }
  };
  if (options.stdin !== undefined) stdin.end(options.stdin);
  else if (!options.onAuthorizeUrl) stdin.end();
  const outcome = await runCommandForOutcome(args, {
    terminal: {
      err: { write: (text: string) => onError(text) },
      out: {
        write: (text: string) => {
          if (options.brokenStdout) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
          stdout += text;
        },
      },
      color: false,
    },
    stdin,
    env: options.env ?? {},
    signal: controller.signal,
    interruptionExitCode: () => TERMINATING_SIGNALS[signal ?? 'SIGINT'],
    gitRemoteUrl: async () => options.gitRemoteUrl,
    ghAuthToken: async () => options.ghToken,
    openBrowser: options.openBrowser ?? (async () => false),
    version: '0.0.0-test',
    ask: options.ask,
    askHidden: options.askHidden,
    gitHubTimeoutMs: options.gitHubTimeoutMs,
  });
  // The person's browser finishes reading the last page before the run is looked at.
  await browserDone;
  return {
    code: outcome.exitCode,
    failure: outcome.failure,
    signal: null,
    stdout,
    stderr,
    durationMs: Date.now() - started,
  };
}
