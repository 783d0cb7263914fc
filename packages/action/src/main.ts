import {
  type CommonOptions,
  type RetryEvent,
  type TokenSet,
  type Transport,
  fetchTransport,
  guessCredentialKind,
  refreshAccessToken,
} from '@dropbox-token/core';
import type { IdTokenRequest } from './broker-client.js';
import { failureMessage } from './failure-message.js';
import type { CredentialKind } from './messages.js';
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
  /** The runner's OIDC token request (`ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN`), for keyless mode. */
  idTokenRequest?: IdTokenRequest | undefined;
}

/** The step's outputs, in `action.yml`'s order (checked by a test; their descriptions are in descriptions.ts). */
export const OUTPUTS = [
  'access-token',
  'expires-in',
  'expires-at',
  'scope',
  'token-type',
  'account-id',
  'team-id',
  'team-member-id',
  'root-namespace-id',
  'path-root',
] as const;

export type OutputName = (typeof OUTPUTS)[number];

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

/** The access token: refreshed with the inputs' refresh token, or (keyless) from the broker. */
async function obtainToken(
  core: ActionCore,
  inputs: ActionInputs,
  run: RunOptions,
  deadline: number,
): Promise<TokenSet> {
  const source = inputs.source;
  if (source.kind === 'broker') {
    core.info(
      `Asking the broker ${source.brokerUrl} for identity ${source.identity} (keyless: this job's OIDC token).`,
    );
    // Its own chunk: the OIDC request and the broker client load only in this mode.
    const { tokenFromBroker } = await import('./broker-client.js');
    const { tokens, idToken } = await tokenFromBroker({
      brokerUrl: source.brokerUrl,
      identity: source.identity,
      scope: inputs.scope,
      idTokenRequest: run.idTokenRequest,
      transport: run.transport ?? fetchTransport(run.fetch),
      deadline,
      now: run.now ?? Date.now,
    });
    // The OIDC token is short-lived but a credential while it lives: never in the log.
    core.setSecret(idToken);
    return tokens;
  }
  core.info(
    `Refreshing the Dropbox access token (${source.appSecret === undefined ? 'PKCE client, no app secret' : 'with app secret'}).`,
  );
  return refreshAccessToken({
    clientId: source.appKey,
    clientSecret: source.appSecret,
    refreshToken: source.refreshToken,
    scope: inputs.scope,
    ...dropboxOptions(core, inputs, run, deadline),
  });
}

/** Refreshes the token, masks it, outputs it. Returns the process exit code. */
export async function run(options: RunOptions): Promise<number> {
  const { core } = options;
  const now = options.now ?? Date.now;
  const started = now();
  let looksLike: CredentialKind | undefined;
  try {
    maskSecretInputs(core);
    const inputs = readInputs(core.getInput);
    if (inputs.source.kind === 'refresh') looksLike = guessCredentialKind(inputs.source.refreshToken);
    const deadline = started + inputs.timeoutSeconds * 1000;

    const tokens = await obtainToken(core, inputs, options, deadline);
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
    core.error(failureMessage(error, now() - started, looksLike));
    return 1;
  }
}
