import {
  type CommonOptions,
  type RetryEvent,
  type TokenSet,
  type Transport,
  refreshAccessToken,
} from '@dropbox-token/core';
import { failureMessage } from './failure-message.js';
import { type ActionInputs, type GetInput, SECRET_INPUTS, readInputs } from './inputs.js';
import { isoSeconds, summaryHtml, summaryRows } from './summary.js';

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
  /** How requests reach Dropbox: node:http(s) by default in the entry, or a proxy-aware `fetch`. */
  transport?: Transport | undefined;
  fetch?: typeof fetch | undefined;
  /** Appends HTML to the job summary (`GITHUB_STEP_SUMMARY`); undefined when there is none. */
  appendSummaryHtml: ((html: string) => void) | undefined;
  now?: () => number;
}

/** The step's outputs and `action.yml`'s description of each (checked by a test). */
export const OUTPUTS = {
  'access-token': 'The short-lived access token (masked in logs).',
  'expires-in': 'Seconds until the access token expires (typically 14400).',
  'expires-at': 'When the access token expires, ISO 8601 in UTC.',
  scope: 'Space-separated scopes of the token, when Dropbox lists them or when narrowed with `scope`.',
  'token-type': 'The token type, `bearer`.',
  'account-id': 'The Dropbox account ID of a user token, also for a team member (only with `verify`).',
  'team-id': 'The Dropbox team ID: of a team token, or of the team a member belongs to (only with `verify`).',
  'team-member-id':
    'For a team token, the admin who authorized it (for `Dropbox-API-Select-Admin`); for a team member, their own member ID (only with `verify`).',
  'root-namespace-id':
    "The namespace a user token's paths start from: the team space for a team member (only with `verify`).",
  'path-root':
    'For a team member, the `Dropbox-API-Path-Root` header value that makes later calls see the team space; empty otherwise (only with `verify`).',
} as const;

export type OutputName = keyof typeof OUTPUTS;

const MAX_ATTEMPT_MS = 30_000;

/** Mask first: before any validation could echo a value anywhere. */
function maskSecretInputs(core: ActionCore): void {
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name).trim();
    if (value !== '') core.setSecret(value);
  }
}

/** Transport options for one Dropbox call that must finish by `deadline`, logging each retry. */
function dropboxOptions(core: ActionCore, inputs: ActionInputs, run: RunOptions, deadline: number): CommonOptions {
  const now = run.now ?? Date.now;
  const remaining = Math.max(1000, deadline - now());
  return {
    transport: run.transport,
    fetch: run.fetch,
    apiUrl: inputs.apiUrl,
    now,
    timeoutMs: Math.min(MAX_ATTEMPT_MS, remaining),
    retry: {
      deadlineMs: remaining,
      onRetry: (event: RetryEvent) =>
        core.info(
          `Attempt ${event.attempt} failed (${event.reason}); retrying in ${(event.delayMs / 1000).toFixed(1)} s.`,
        ),
    },
  };
}

/** Mask the new token, then set the outputs (and the environment variable, when asked). */
function publishToken(core: ActionCore, inputs: ActionInputs, tokens: TokenSet): string[] {
  core.setSecret(tokens.accessToken);
  const scopes = tokens.scopes.length > 0 ? tokens.scopes : (inputs.scope ?? []);
  const expiresAt = tokens.expiresAt === undefined ? '' : isoSeconds(tokens.expiresAt);
  const output = (name: OutputName, value: string) => core.setOutput(name, value);
  output('access-token', tokens.accessToken);
  output('expires-in', tokens.expiresIn === undefined ? '' : String(tokens.expiresIn));
  output('expires-at', expiresAt);
  output('scope', scopes.join(' '));
  output('token-type', tokens.tokenType);
  if (inputs.exportEnv !== undefined) core.exportVariable(inputs.exportEnv, tokens.accessToken);
  core.info(
    tokens.expiresIn === undefined
      ? 'Got an access token; Dropbox gave it no expiry.'
      : `Got an access token that expires at ${expiresAt} (in ${tokens.expiresIn} s).`,
  );
  return scopes;
}

/** `verify: true`: proves the token works, outputs whose it is, and says so. */
async function verify(core: ActionCore, tokens: TokenSet, options: () => CommonOptions) {
  // A chunk of its own: most runs never verify, and every run pays to compile what the entry holds.
  const { describeOwner, ownerOutputs, verifyToken } = await import('./verify-token.js');
  const verified = await verifyToken(tokens.accessToken, options);
  const outputs = ownerOutputs(verified);
  for (const [name, value] of Object.entries(outputs)) if (value !== undefined) core.setOutput(name, value);
  const owner = describeOwner(verified);
  core.info(`Verified: the token works for ${owner}.`);
  return { owner, outputs };
}

/** `rclone-remote`: the remote's variables, the token's masked before it is exported. A lazy chunk too. */
async function exportRcloneRemote(
  core: ActionCore,
  name: string,
  tokens: TokenSet,
  verified: { [name in OutputName]?: string | undefined } | undefined,
): Promise<void> {
  const { rcloneRemoteVariables } = await import('./rclone-remote.js');
  // A team member's remote starts at the team space, as the path-root output does for other tools.
  const teamRoot = verified?.['path-root'] === undefined ? undefined : verified['root-namespace-id'];
  for (const variable of rcloneRemoteVariables(name, tokens, teamRoot)) {
    if (variable.secret) core.setSecret(variable.value);
    core.exportVariable(variable.name, variable.value);
  }
  core.info(`Exported the rclone remote ${name}: (RCLONE_CONFIG_${name.toUpperCase()}_*).`);
}

/** Refreshes the token, masks it, outputs it. Returns the process exit code. */
export async function run(options: RunOptions): Promise<number> {
  const { core } = options;
  const now = options.now ?? Date.now;
  const started = now();
  try {
    maskSecretInputs(core);
    const inputs = readInputs(core.getInput);
    const deadline = started + inputs.timeoutSeconds * 1000;

    core.info(
      `Refreshing the Dropbox access token (${inputs.appSecret === undefined ? 'PKCE client, no app secret' : 'with app secret'}).`,
    );
    const tokens = await refreshAccessToken({
      clientId: inputs.appKey,
      clientSecret: inputs.appSecret,
      refreshToken: inputs.refreshToken,
      scope: inputs.scope,
      ...dropboxOptions(core, inputs, options, deadline),
    });
    const scopes = publishToken(core, inputs, tokens);

    const verified = inputs.verify
      ? await verify(core, tokens, () => dropboxOptions(core, inputs, options, deadline))
      : undefined;
    if (inputs.rcloneRemote !== undefined)
      await exportRcloneRemote(core, inputs.rcloneRemote, tokens, verified?.outputs);

    // One synchronous append of the HTML @actions/core's summary builder would make: its
    // promise-based writer loads more of Node at start-up than the whole step otherwise needs.
    options.appendSummaryHtml?.(
      summaryHtml(
        summaryRows({
          expiresAt: tokens.expiresAt,
          expiresIn: tokens.expiresIn,
          scopes,
          owner: verified?.owner,
          exportEnv: inputs.exportEnv,
          rcloneRemote: inputs.rcloneRemote,
        }),
      ),
    );
    return 0;
  } catch (error) {
    core.error(failureMessage(error, now() - started));
    return 1;
  }
}
