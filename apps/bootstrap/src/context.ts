import type { Readable } from 'node:stream';
import type { Terminal } from './terminal/terminal.js';

/**
 * What the commands need from the world, in one place (as gh's Factory): the entry file (cli.ts)
 * supplies the process's, tests their own. Each command takes the part it needs.
 */
export interface CliContext {
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
  /** Bound on each GitHub request; 30 s unless a test needs less. */
  gitHubTimeoutMs?: number | undefined;
  /** Asks a question on the terminal; undefined when standard input or error is not a terminal. */
  ask?: ((question: string) => Promise<string>) | undefined;
  /** Asks for a secret without echoing it; undefined when not on a terminal. */
  askHidden?: ((question: string) => Promise<string>) | undefined;
}
