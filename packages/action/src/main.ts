import { type RetryEvent, getCurrentAccount, refreshAccessToken } from '@dropbox-token/core';
import { failureMessage } from './failure-message.js';
import { type GetInput, readInputs } from './inputs.js';
import { summaryHtml, summaryRows } from './summary.js';

/** The parts of `@actions/core` the action uses, passed in so the logic never reaches for globals. */
export interface ActionCore {
  getInput: GetInput;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  info(message: string): void;
  error(message: string): void;
}

export interface RunOptions {
  core: ActionCore;
  /** A `fetch` for Dropbox (a proxy-aware one on self-hosted runners behind a proxy). */
  fetch?: typeof fetch | undefined;
  /** Appends to the job summary (`GITHUB_STEP_SUMMARY`); undefined when there is none. */
  writeSummary: ((markdown: string) => void) | undefined;
  now?: () => number;
}

const MAX_ATTEMPT_MS = 30_000;

/** Refreshes the token, masks it, outputs it. Returns the process exit code. */
export async function run({ core, fetch, writeSummary, now = Date.now }: RunOptions): Promise<number> {
  const started = now();
  try {
    // Mask first: before any validation could echo a value anywhere.
    for (const name of ['app-secret', 'refresh-token']) {
      const value = core.getInput(name).trim();
      if (value !== '') core.setSecret(value);
    }
    const inputs = readInputs(core.getInput);
    const deadlineMs = inputs.timeoutSeconds * 1000;
    const common = {
      fetch,
      apiUrl: inputs.apiUrl,
      now,
      timeoutMs: Math.min(MAX_ATTEMPT_MS, deadlineMs),
      retry: {
        deadlineMs,
        onRetry: (event: RetryEvent) =>
          core.info(
            `Attempt ${event.attempt} failed (${event.reason}); retrying in ${(event.delayMs / 1000).toFixed(1)} s.`,
          ),
      },
    };

    core.info(
      `Refreshing the Dropbox access token (${inputs.appSecret === undefined ? 'PKCE client, no app secret' : 'with app secret'}).`,
    );
    const tokens = await refreshAccessToken({
      clientId: inputs.appKey,
      clientSecret: inputs.appSecret,
      refreshToken: inputs.refreshToken,
      scope: inputs.scope,
      ...common,
    });
    core.setSecret(tokens.accessToken);

    const scopes = tokens.scopes.length > 0 ? tokens.scopes : (inputs.scope ?? []);
    const expiresAt = tokens.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    core.setOutput('access-token', tokens.accessToken);
    core.setOutput('expires-in', String(tokens.expiresIn));
    core.setOutput('expires-at', expiresAt);
    core.setOutput('scope', scopes.join(' '));
    core.setOutput('token-type', tokens.tokenType);
    if (inputs.exportEnv !== undefined) core.exportVariable(inputs.exportEnv, tokens.accessToken);
    core.info(`Got an access token that expires at ${expiresAt} (in ${tokens.expiresIn} s).`);

    if (inputs.verify) {
      const remaining = Math.max(1000, deadlineMs - (now() - started));
      const account = await getCurrentAccount(tokens.accessToken, {
        ...common,
        timeoutMs: Math.min(MAX_ATTEMPT_MS, remaining),
        retry: { ...common.retry, deadlineMs: remaining },
      });
      core.setOutput('account-id', account.accountId);
      core.info(`Verified: the token works for Dropbox account ${account.accountId}.`);
    }

    if (writeSummary !== undefined) {
      const rows = summaryRows({
        expiresAt: tokens.expiresAt,
        expiresIn: tokens.expiresIn,
        scopes,
        verified: inputs.verify,
        exportEnv: inputs.exportEnv,
      });
      // Written with one synchronous append of the same HTML @actions/core's summary builder makes:
      // its promise-based writer loads more of Node at start-up than the whole step otherwise needs.
      writeSummary(summaryHtml(rows));
    }
    return 0;
  } catch (error) {
    core.error(failureMessage(error, now() - started));
    return 1;
  }
}
