import type { CliContext } from '../../context.js';
import type { PlannedWrite } from '../../github/plan.js';
import type { Destination } from '../../github/destination.js';
import type { GitHubRequester } from '../../github/request.js';
import type { WriteResult } from '../../github/secrets.js';
import type { LinkedOwner } from './linked-owner.js';
import type { LoopbackCallback } from '../../browser/loopback-server.js';
import { say, style } from '../../terminal/terminal.js';

/** The part of the CLI's context minting needs, and the GitHub client command.ts made for it. */
export interface BootstrapDeps
  extends Pick<CliContext, 'terminal' | 'stdin' | 'gitRemoteUrl' | 'openBrowser' | 'signal' | 'fetch' | 'ask'> {
  /** GitHub client, or undefined when no token could be found. */
  github: GitHubRequester | undefined;
  /** The web host of that GitHub (github.com, or a GitHub Enterprise Server's): named in every step that writes. */
  gitHubHost: string;
  /** On a terminal, after GitHub refused the token: another client, from a token typed at a hidden prompt. */
  anotherGitHubToken?: (() => Promise<GitHubRequester | undefined>) | undefined;
}

/** Thrown when the run is cancelled: says which secrets were written, and which may have been. */
export class BootstrapInterrupted extends Error {
  override readonly name = 'BootstrapInterrupted';
  constructor(
    readonly stored: readonly string[],
    readonly possiblyStored: readonly string[],
    readonly notStored: readonly string[],
  ) {
    super('Interrupted');
  }
}

/** A code from one of the three modes, with what its exchange needs, and the browser to answer. */
export interface ObtainedCode {
  code: string;
  codeVerifier: string | undefined;
  redirectUri: string | undefined;
  browser: LoopbackCallback | undefined;
  /** Closes the loopback server (or paste mode's start-link server): after storing, or on failure. */
  closeLoopback: () => Promise<void>;
  /** Whether the start link was used a second time: then nothing may be stored. */
  startLinkReused: () => boolean;
}

export interface MintedToken {
  refreshToken: string;
  scopes: string[];
  owner: LinkedOwner;
}

export interface Written {
  name: string;
  result: WriteResult | 'would write';
}

/** What step 4 writes, where, and the record of what it has written. */
export interface StoreRequest {
  destination: Destination;
  refreshToken: string;
  progress: StoreProgress;
}

/** What has been written so far, by label; read when the run is interrupted or fails. */
export interface StoreProgress {
  /** Every write this run means to make, once storing starts. */
  planned: PlannedWrite[];
  stored: string[];
  inFlight: string | undefined;
  /** The broker stanza this run wrote (taken back if the run fails before the token is out). */
  brokerConfigWritten?: string | undefined;
  /** The refresh token went to stdout: it may be in another store now, so it is never revoked. */
  printed: boolean;
}

export { say };

export function announce(deps: BootstrapDeps, text: string): void {
  say(deps, `${style(deps.terminal, 'bold', '→')} ${text}`);
}
