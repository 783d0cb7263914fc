import type { Readable } from 'node:stream';
import {
  type DropboxOAuthError,
  buildAuthorizeUrl,
  createPkcePair,
  createState,
  exchangeCode,
  guessCredentialKind,
  isDropboxOAuthError,
  refreshAccessToken,
  revokeToken,
} from '@dropbox-token/core';
import type { BootstrapOptions } from './args.js';
import { BootstrapError } from './bootstrap-error.js';
import {
  type BrokerStanza,
  brokerConfigText,
  prepareBrokerStanza,
  removeBrokerConfig,
  writeBrokerConfig,
} from './broker-config.js';
import { type Destination, prepareDestination } from './github-destination.js';
import { type GitHubRequester, type WriteResult, storeSecret, storeVariable } from './github-secrets.js';
import { type SecretTarget, describeTarget, repoFromRemoteUrl } from './github-target.js';
import { type LinkedOwner, findLinkedOwner } from './linked-owner.js';
import { type LoopbackCallback, startLoopbackServer, startRedirectServer } from './loopback-server.js';
import { createStartLink } from './start-link.js';
import { DROPBOX_ADVICE, LOOKS_LIKE_REFRESH_TOKEN, type MessageId, fail } from './messages.js';
import { failurePage, successPage } from './pages.js';
import { codeFromPaste, readLine } from './read-pasted-code.js';
import { type Terminal, style, waitingLine } from './terminal.js';
import { type PlannedWrite, planWrites, plannedValue } from './storage-plan.js';
import { workflowSnippet } from './workflow-snippet.js';

export interface BootstrapDeps {
  terminal: Terminal;
  stdin: Readable;
  /** GitHub client, or undefined when no token could be found. */
  github: GitHubRequester | undefined;
  /** The web host of that GitHub (github.com, or a GitHub Enterprise Server's): named in every step that writes. */
  gitHubHost: string;
  /** `git remote get-url origin`, or undefined. */
  gitRemoteUrl: () => Promise<string | undefined>;
  openBrowser: (url: string) => Promise<boolean>;
  signal: AbortSignal;
  fetch?: typeof fetch | undefined;
  /** Asks on the terminal; undefined when not interactive (then the run proceeds and says so). */
  ask?: ((question: string) => Promise<string>) | undefined;
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

interface Written {
  name: string;
  result: WriteResult | 'would write';
}

/** What step 4 writes, where, and the record of what it has written. */
interface StoreRequest {
  destination: Destination;
  refreshToken: string;
  progress: StoreProgress;
}

/** What has been written so far, by label; read when the run is interrupted or fails. */
interface StoreProgress {
  /** Every write this run means to make, once storing starts. */
  planned: string[];
  stored: string[];
  inFlight: string | undefined;
  /** The broker stanza this run wrote (taken back if the run fails before the token is out). */
  brokerConfigWritten?: string | undefined;
  /** The refresh token went to stdout: it may be in another store now, so it is never revoked. */
  printed: boolean;
}

function say(deps: BootstrapDeps, text: string): void {
  deps.terminal.err.write(`${text}\n`);
}

function announce(deps: BootstrapDeps, text: string): void {
  say(deps, `${style(deps.terminal, 'bold', '→')} ${text}`);
}

/** A Dropbox failure as the CLI reports it: the step, the code and Dropbox's words, and the advice (or a closer one). */
function dropboxFailure(
  error: unknown,
  id: Extract<MessageId, 'exchangeFailed' | 'verifyFailed'>,
  closerAdvice?: (error: DropboxOAuthError) => string | undefined,
): BootstrapError {
  if (!isDropboxOAuthError(error))
    return fail('unexpected', { step: 'The bootstrap', name: (error as Error)?.name ?? 'error' });
  return fail(id, { detail: describeDropboxError(error), advice: closerAdvice?.(error) ?? DROPBOX_ADVICE[error.code] });
}

/** When Dropbox refused the code and the code looks like a refresh token, say so. */
const adviceForCode = (code: string) => (error: DropboxOAuthError) =>
  error.code === 'invalid_grant' && guessCredentialKind(code) === 'refresh-token'
    ? LOOKS_LIKE_REFRESH_TOKEN
    : undefined;

function describeDropboxError(error: DropboxOAuthError): string {
  const scope = error.requiredScope === undefined ? '' : `, needs ${error.requiredScope}`;
  const words = error.errorDescription === undefined ? '' : ` (${error.errorDescription}${scope})`;
  return `${error.code}${words}`;
}

/** The origin remote's repository on this GitHub, or undefined when this is no checkout of one. */
async function remoteRepository(deps: BootstrapDeps): Promise<{ owner: string; repo: string } | undefined> {
  const remote = await deps.gitRemoteUrl();
  const found = remote === undefined ? undefined : repoFromRemoteUrl(remote);
  if (found === undefined) return undefined;
  // The same owner/name on another host (GitLab, another GitHub) is somebody else's repository.
  const { host, ...slug } = found;
  if (host !== deps.gitHubHost) throw fail('remoteOnOtherHost', { remoteHost: host, gitHubHost: deps.gitHubHost });
  return slug;
}

async function resolveTarget(options: BootstrapOptions, deps: BootstrapDeps): Promise<SecretTarget | undefined> {
  const target = options.target;
  if (target === undefined || target.kind !== 'git-remote') return target;
  const slug = await remoteRepository(deps);
  if (slug === undefined) throw fail('noRepository');
  return target.environment === undefined
    ? { kind: 'repository', ...slug }
    : { kind: 'environment', ...slug, environment: target.environment };
}

/** What step 1 settles: where the secrets go, and the broker stanza's names and IDs. */
interface Preflight {
  destination: Destination;
  broker: BrokerStanza | undefined;
}

/** Step 1: everything that can be checked before a single-use code exists. */
export async function checkBeforeAuthorizing(options: BootstrapOptions, deps: BootstrapDeps): Promise<Preflight> {
  // Whoever answers the loopback first delivers the code: a person must confirm whose account it is.
  if (options.mode.kind === 'loopback' && deps.ask === undefined && !options.yes && !options.dryRun)
    throw fail('loopbackNeedsTerminal');
  if (options.appSecretOnCommandLine)
    say(
      deps,
      style(
        deps.terminal,
        'yellow',
        'note: --app-secret on the command line is visible to other users of this machine (ps) and in shell history; prefer DROPBOX_APP_SECRET.',
      ),
    );
  const target = await resolveTarget(options, deps);
  const needsRemote = options.brokerConfig !== undefined && options.brokerRepo === undefined && target === undefined;
  const remote = needsRemote ? await remoteRepository(deps) : undefined;
  const broker = await prepareBrokerStanza(options, target, remote, deps.github);
  if (target === undefined)
    return { destination: { target, audiences: new Map(), existingVariables: new Set() }, broker };
  if (deps.github === undefined) throw fail('noGitHubToken');
  announce(deps, `Checking that the GitHub token can reach the ${describeTarget(target)} on ${deps.gitHubHost}`);
  return { destination: await prepareDestination(target, planWrites(options), deps.github), broker };
}

/**
 * Prints the authorize URL (stderr is the person's own) and opens the browser on `startUrl`, a
 * one-time link on loopback: the state and the PKCE challenge never become a process argument,
 * which any local user could read.
 */
async function showAuthorizeUrl(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  url: string,
  startUrl: string,
): Promise<void> {
  say(
    deps,
    `${style(deps.terminal, 'bold', 'Open this URL to link your Dropbox account')} (on any machine with a browser):\n\n  ${url}\n`,
  );
  if (options.openBrowser && !(await deps.openBrowser(startUrl)))
    say(deps, style(deps.terminal, 'dim', '(Could not open a browser; open the URL above yourself.)'));
}

/** What the paste and loopback modes share: the PKCE pair, the state, and the authorize URL they make. */
interface Authorization {
  verifier: string;
  state: string;
  url: (redirectUri?: string) => string;
}

/** Paste modes: no redirect (the code Dropbox shows), or a web redirect (the address the browser landed on). */
async function pasteCode(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  auth: Authorization,
  web: { redirectUri: URL; raw: string } | undefined,
): Promise<ObtainedCode> {
  const url = auth.url(web?.raw);
  const startLink = createStartLink(url);
  // Kept up until storing begins: a second use of the link until then ends the flow.
  const redirect = options.openBrowser ? await startRedirectServer(startLink) : undefined;
  try {
    await showAuthorizeUrl(options, deps, url, redirect?.startUrl ?? url);
    const prompt =
      web === undefined
        ? 'Paste the code Dropbox shows (or the whole address you landed on): '
        : `After Allow, paste the whole address the browser landed on (it starts with ${web.redirectUri.origin}): `;
    const pasted = await Promise.race([readLine(deps.stdin, prompt, deps.terminal.err, deps.signal), startLink.reuse]);
    const code = codeFromPaste(pasted, auth.state, web?.redirectUri);
    return {
      code,
      codeVerifier: auth.verifier,
      redirectUri: web?.raw,
      browser: undefined,
      closeLoopback: async () => redirect?.close(),
      startLinkReused: startLink.wasReused,
    };
  } catch (error) {
    await redirect?.close();
    throw error;
  }
}

/** Loopback mode: listen on the redirect URI and wait for the browser's one callback. */
async function catchCallback(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  auth: Authorization,
  loopback: { redirectUri: URL; raw: string },
): Promise<ObtainedCode> {
  const url = auth.url(loopback.raw);
  const startLink = createStartLink(url);
  const server = await startLoopbackServer({
    redirectUri: loopback.redirectUri,
    state: auth.state,
    startLink,
    timeoutMs: options.timeoutSeconds * 1000,
    signal: deps.signal,
  });
  await showAuthorizeUrl(options, deps, url, server.startUrl);
  const where = `${loopback.redirectUri.origin}${loopback.redirectUri.pathname}`;
  const stop = waitingLine(
    deps.terminal,
    `Waiting for the browser at ${where} (up to ${options.timeoutSeconds} s, Ctrl-C to cancel)…`,
  );
  try {
    const browser = await server.callback;
    return {
      code: browser.code,
      codeVerifier: auth.verifier,
      redirectUri: loopback.raw,
      browser,
      closeLoopback: server.close,
      startLinkReused: startLink.wasReused,
    };
  } catch (error) {
    await server.close();
    throw error;
  } finally {
    stop();
  }
}

/** Step 2: the authorization code, by the mode the options chose (PKCE always, except for `--code`). */
export async function obtainCode(options: BootstrapOptions, deps: BootstrapDeps): Promise<ObtainedCode> {
  const mode = options.mode;
  if (mode.kind === 'code')
    return {
      code: mode.code,
      codeVerifier: undefined,
      redirectUri: mode.redirectUri,
      browser: undefined,
      closeLoopback: async () => {},
      startLinkReused: () => false,
    };
  const pkce = await createPkcePair();
  const state = createState();
  const auth: Authorization = {
    verifier: pkce.verifier,
    state,
    url: (redirectUri) =>
      buildAuthorizeUrl({
        clientId: options.appKey,
        redirectUri,
        state,
        scope: options.scope,
        tokenAccessType: 'offline',
        codeChallenge: pkce.challenge,
        authorizeUrl: options.authorizeUrl,
      }).href,
  };
  if (mode.kind === 'loopback') return catchCallback(options, deps, auth, mode);
  return pasteCode(options, deps, auth, mode.kind === 'web' ? mode : undefined);
}

/** Step 3: exchange the code, then prove the refresh token works before anything is stored. */
export async function mintAndVerify(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  obtained: ObtainedCode,
): Promise<MintedToken> {
  const dropbox = { apiUrl: options.apiUrl, fetch: deps.fetch, signal: deps.signal };
  const client = { clientId: options.appKey, clientSecret: options.appSecret };
  announce(deps, 'Exchanging the authorization code');
  const tokens = await exchangeCode({ ...client, ...obtained, ...dropbox }).catch((error: unknown) => {
    throw dropboxFailure(error, 'exchangeFailed', adviceForCode(obtained.code));
  });
  const refreshToken = tokens.refreshToken;
  if (refreshToken === undefined) throw fail('noRefreshToken');

  const routes = tokens.teamId === undefined ? 'users/get_current_account' : 'the team routes';
  announce(deps, `Verifying the refresh token (one refresh and ${routes})`);
  const owner = await refreshAccessToken({ ...client, refreshToken, ...dropbox })
    .then((fresh) => findLinkedOwner(tokens, fresh.accessToken, dropbox))
    .catch((error: unknown) => {
      throw dropboxFailure(error, 'verifyFailed');
    });
  const facts: [string, string][] = [
    ...owner.facts,
    ['Granted scopes', tokens.scopes.length === 0 ? '(not listed)' : tokens.scopes.join(' ')],
    [
      'Client type',
      options.appSecret === undefined
        ? 'PKCE public client (CI needs only the app key and the refresh token)'
        : 'confidential (CI needs the app secret too)',
    ],
  ];
  const width = Math.max(...facts.map(([label]) => label.length)) + 2;
  for (const [index, [label, value]] of facts.entries())
    say(deps, `  ${`${label}:`.padEnd(width)}${index === 0 ? style(deps.terminal, 'bold', value) : value}`);
  return { refreshToken, scopes: tokens.scopes, owner };
}

/**
 * Step 3b: the person confirms who was linked before anything is stored (someone else's
 * Dropbox session in the browser would otherwise quietly become the workflow's account), and
 * Dropbox granted every scope asked for.
 */
export async function confirmAccount(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  minted: MintedToken,
): Promise<void> {
  const missing = (options.scope ?? []).filter((scope) => minted.scopes.length > 0 && !minted.scopes.includes(scope));
  if (missing.length > 0) throw fail('scopesNotGranted', { missing: missing.join(' ') });
  // A code through the loopback may be another program's: confirmed even when it is only printed.
  const handedOver = options.target !== undefined || (options.mode.kind === 'loopback' && options.printRefreshToken);
  if (!handedOver || options.dryRun || options.yes) return;
  if (deps.ask === undefined) {
    say(deps, '  (Not a terminal: storing without asking. Pass --yes to say so explicitly.)');
    return;
  }
  const answer = await deps.ask(`Store the refresh token of ${minted.owner.label}? [y/N] `);
  if (!/^\s*y(es)?\s*$/i.test(answer)) throw fail('notConfirmed');
}

/**
 * A refresh token minted but never stored is a live credential nobody will use: revoke it
 * (Dropbox revokes a refresh token through an access token minted from it) and say so.
 */
async function revokeUnstoredToken(options: BootstrapOptions, deps: BootstrapDeps, minted: MintedToken): Promise<void> {
  const dropbox = {
    apiUrl: options.apiUrl,
    fetch: deps.fetch,
    signal: AbortSignal.timeout(10_000),
    retry: false as const,
  };
  try {
    const fresh = await refreshAccessToken({
      clientId: options.appKey,
      clientSecret: options.appSecret,
      refreshToken: minted.refreshToken,
      ...dropbox,
    });
    // A team token acts on user routes, revoke included, only as a selected admin (reference §9).
    await revokeToken({ accessToken: fresh.accessToken, selectAdmin: minted.owner.adminMemberId, ...dropbox });
    say(deps, '  The new refresh token was not stored, so it was revoked: no unused credential is left behind.');
  } catch {
    say(
      deps,
      '  The new refresh token was not stored and could not be revoked: unlink the app under Dropbox → Settings → Connected apps.',
    );
  }
}

const DEFINITE_REFUSALS: MessageId[] = [
  'gitHubUnauthorized',
  'gitHubForbidden',
  'gitHubNotFound',
  'sealedValueRefused',
];

function writeOne(
  github: GitHubRequester,
  planned: PlannedWrite,
  value: string,
  destination: Destination,
): Promise<WriteResult> {
  const target = destination.target!;
  const audience = destination.audiences.get(planned.label);
  return planned.store === 'variables'
    ? storeVariable(github, target, planned.name, value, audience, destination.existingVariables.has(planned.name))
    : storeSecret(github, target, planned.name, value, audience, planned.store);
}

/** Step 4: seal and write each secret (or, in a dry run, say what would be written). */
export async function storeSecrets(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  store: StoreRequest,
): Promise<Written[]> {
  const { destination, refreshToken, progress } = store;
  const { target } = destination;
  if (target === undefined) return [];
  announce(
    deps,
    `${options.dryRun ? 'Dry run: not writing to' : 'Storing sealed secrets in'} the ${describeTarget(target)}`,
  );
  const written: Written[] = [];
  const plan = planWrites(options);
  if (!options.dryRun) progress.planned = plan.map((planned) => planned.label);
  for (const planned of plan) {
    // A dry run stops short of sealing: the preflight already read this target's keys.
    if (options.dryRun) {
      written.push({ name: planned.label, result: 'would write' });
      continue;
    }
    progress.inFlight = planned.label;
    try {
      const value = plannedValue(planned, options, refreshToken);
      written.push({ name: planned.label, result: await writeOne(deps.github!, planned, value, destination) });
    } catch (error) {
      // GitHub answered and refused: the write certainly did not happen. (A cancelled or timed-out
      // write stays "in flight": it may have been applied.)
      if (error instanceof BootstrapError && DEFINITE_REFUSALS.includes(error.id)) progress.inFlight = undefined;
      throw error;
    }
    progress.stored.push(planned.label);
    progress.inFlight = undefined;
  }
  return written;
}

/** Step 5: what was written, and the workflow snippet that matches it. */
export function report(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  target: SecretTarget | undefined,
  written: Written[],
  minted: MintedToken,
): void {
  const { terminal } = deps;
  const out = options.printRefreshToken ? terminal.err : terminal.out;
  const lines: string[] = [''];
  if (target !== undefined) {
    lines.push(
      style(terminal, 'green', `${options.dryRun ? 'Would write' : 'Wrote'} to the ${describeTarget(target)}:`),
    );
    for (const w of written) lines.push(`  ${w.name}  ${w.result}`);
    lines.push('', 'Use it in a workflow:', '');
    lines.push(
      workflowSnippet({
        appKey: options.appKey,
        appKeyFrom: !options.storeAppCredentials
          ? 'inline'
          : options.appKeyAs === 'variable'
            ? { variable: 'DROPBOX_APP_KEY' }
            : { secret: 'DROPBOX_APP_KEY' },
        appSecretUsed: options.appSecret !== undefined,
        appSecretSecretName:
          options.storeAppCredentials && options.appSecret !== undefined ? 'DROPBOX_APP_SECRET' : undefined,
        refreshTokenSecretName: options.secretName,
        environment: target.kind === 'environment' ? target.environment : undefined,
        owner: minted.owner.kind,
      }),
    );
    if (target.kind === 'environment')
      lines.push('', `Only jobs that declare environment: ${target.environment} receive these secrets.`);
    if (options.dependabot)
      lines.push(
        '',
        'Runs that Dependabot triggers read the Dependabot copies under the same names: the step above works there too.',
      );
  }
  out.write(`${lines.join('\n')}\n`);
}

function storedWhere(options: BootstrapOptions, target: SecretTarget | undefined): string {
  if (target === undefined) return 'your terminal only (--print-refresh-token)';
  const where = `the ${options.secretName} secret of the ${describeTarget(target)}`;
  return options.dryRun ? `nowhere yet (dry run): ${where}` : where;
}

/** Step 4 with a second chance: on a terminal, a token GitHub refused can be replaced before anything is written. */
async function storeWithAnotherTokenIfRefused(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  store: StoreRequest,
): Promise<Written[]> {
  const { progress } = store;
  try {
    return await storeSecrets(options, deps, store);
  } catch (error) {
    const refused = error instanceof BootstrapError && ['gitHubUnauthorized', 'gitHubForbidden'].includes(error.id);
    if (!refused || progress.stored.length > 0 || deps.anotherGitHubToken === undefined) throw error;
    say(deps, `  ${error.message}`);
    const github = await deps.anotherGitHubToken();
    if (github === undefined) throw error;
    return storeSecrets(options, { ...deps, github }, store);
  }
}

/** Steps 3c and 4: the broker stanza is written first (a file that cannot be written stops the run before anything is stored or printed), then the secrets. */
async function writeEverything(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  preflight: Preflight,
  minted: MintedToken,
  progress: StoreProgress,
): Promise<Written[]> {
  const { broker, destination } = preflight;
  if (broker !== undefined) {
    writeBrokerConfig(broker.file, brokerConfigText(options.appKey, broker, minted.scopes));
    progress.brokerConfigWritten = broker.file;
  }
  return storeWithAnotherTokenIfRefused(options, deps, { destination, refreshToken: minted.refreshToken, progress });
}

/** Where the broker stanza went and which variable its refresh token belongs in. */
function reportBrokerConfig(deps: BootstrapDeps, broker: BrokerStanza | undefined): void {
  if (broker === undefined) return;
  say(
    deps,
    `  Wrote the broker configuration for identity ${broker.identity} (${broker.repository}) to ${broker.file}; its refresh token belongs in ${broker.refreshTokenEnv}.`,
  );
}

/** After a failure: a token nobody holds is revoked; one that was printed is live, and the person is told so. */
async function cleanUpAfterFailure(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  minted: MintedToken | undefined,
  progress: StoreProgress,
): Promise<void> {
  if (progress.printed) {
    say(
      deps,
      '  The refresh token printed above is live and was not revoked: finish storing it, or revoke it with dropbox-token-bootstrap revoke.',
    );
    return;
  }
  if (progress.brokerConfigWritten !== undefined) removeBrokerConfig(progress.brokerConfigWritten);
  const holdsToken = planWrites(options)
    .filter((planned) => planned.holds === 'refresh-token')
    .map((planned) => planned.label);
  const refreshTokenMayBeStored = holdsToken.some(
    (label) => progress.stored.includes(label) || progress.inFlight === label,
  );
  if (minted !== undefined && !refreshTokenMayBeStored) await revokeUnstoredToken(options, deps, minted);
}

/** The whole flow, as the named steps above. Returns the exit code; throws BootstrapError or BootstrapInterrupted. */
export async function runBootstrap(options: BootstrapOptions, deps: BootstrapDeps): Promise<number> {
  const progress: StoreProgress = { planned: [], stored: [], inFlight: undefined, printed: false };
  let obtained: ObtainedCode | undefined;
  let minted: MintedToken | undefined;
  try {
    const preflight = await checkBeforeAuthorizing(options, deps);
    obtained = await obtainCode(options, deps);
    minted = await mintAndVerify(options, deps, obtained);
    await confirmAccount(options, deps, minted);
    // The last moment the start link's reuse can stop the run: storing begins here.
    if (obtained.startLinkReused()) throw fail('startLinkReused');
    const written = await writeEverything(options, deps, preflight, minted, progress);
    if (options.dryRun) await revokeUnstoredToken(options, deps, minted);
    const target = preflight.destination.target;
    await obtained.browser?.finish(successPage(minted.owner.label, storedWhere(options, target)));
    await obtained.closeLoopback();
    report(options, deps, target, written, minted);
    reportBrokerConfig(deps, preflight.broker);
    if (options.printRefreshToken) {
      // From here on the token may be in another store (| wrangler secret put): never revoke it.
      progress.printed = true;
      deps.terminal.out.write(`${minted.refreshToken}\n`);
    }
    return 0;
  } catch (error) {
    const failure =
      error instanceof BootstrapError
        ? error
        : fail('unexpected', { step: 'The bootstrap', name: (error as Error)?.name ?? 'error' });
    await obtained?.browser?.finish(failurePage('Dropbox is not connected', failure.message, failure.fix), 500);
    await obtained?.closeLoopback();
    await cleanUpAfterFailure(options, deps, minted, progress);
    if (deps.signal.aborted) {
      const possiblyStored = progress.inFlight === undefined ? [] : [progress.inFlight];
      const notStored = progress.planned.filter(
        (name) => !progress.stored.includes(name) && !possiblyStored.includes(name),
      );
      throw new BootstrapInterrupted(progress.stored, possiblyStored, notStored);
    }
    throw failure;
  }
}
