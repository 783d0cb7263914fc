import type { Readable } from 'node:stream';
import {
  type TokenSet,
  buildAuthorizeUrl,
  createPkcePair,
  createState,
  exchangeCode,
  getCurrentAccount,
  isDropboxOAuthError,
  refreshAccessToken,
} from '@dropbox-token/core';
import type { BootstrapOptions } from './args.js';
import { BootstrapError, usageError } from './bootstrap-error.js';
import { type GitHubRequester, type WriteResult, getPublicKey, repositoryIds, storeSecret } from './github-secrets.js';
import { type SecretTarget, describeTarget, repoFromRemoteUrl } from './github-target.js';
import { type LoopbackCallback, startLoopbackServer } from './loopback-server.js';
import { failurePage, successPage } from './pages.js';
import { codeFromPaste, readLine } from './read-pasted-code.js';
import { type Terminal, style, waitingLine } from './terminal.js';
import { workflowSnippet } from './workflow-snippet.js';

export interface BootstrapDeps {
  terminal: Terminal;
  stdin: Readable;
  /** GitHub client, or undefined when no token could be found. */
  github: GitHubRequester | undefined;
  /** `git remote get-url origin`, or undefined. */
  gitRemoteUrl: () => Promise<string | undefined>;
  openBrowser: (url: string) => Promise<boolean>;
  signal: AbortSignal;
  fetch?: typeof fetch | undefined;
  /** Filled with each secret name as soon as it is written, so an interruption can say what was stored. */
  written?: string[];
}

interface Written {
  name: string;
  result: WriteResult | 'would write';
}

function dropboxFailure(error: unknown, step: string): BootstrapError {
  if (isDropboxOAuthError(error))
    return new BootstrapError(`${step} failed: ${error.message.replace(/^[^:]+ failed: /, '')}`, error.hint);
  return new BootstrapError(
    `${step} failed unexpectedly (${(error as Error)?.name ?? 'error'}).`,
    'Run again; if it persists, report it with the command you ran (not its secrets).',
  );
}

async function resolveTarget(options: BootstrapOptions, deps: BootstrapDeps): Promise<SecretTarget | undefined> {
  const target = options.target;
  if (target === undefined || target.kind !== 'git-remote') return target;
  const remote = await deps.gitRemoteUrl();
  const slug = remote === undefined ? undefined : repoFromRemoteUrl(remote);
  if (slug === undefined)
    throw usageError(
      'Could not tell which repository to store the secret in: this is not a git checkout with a GitHub origin remote.',
      'Pass --repo OWNER/NAME (or --org NAME --visibility ...).',
    );
  return target.environment === undefined
    ? { kind: 'repository', ...slug }
    : { kind: 'environment', ...slug, environment: target.environment };
}

/** The whole flow: validate, authorize, exchange, verify, store, report. Returns the exit code. */
export async function runBootstrap(options: BootstrapOptions, deps: BootstrapDeps): Promise<number> {
  const { terminal } = deps;
  const say = (text: string) => terminal.err.write(`${text}\n`);
  const step = (text: string) => say(`${style(terminal, 'bold', '→')} ${text}`);
  const dropbox = { apiUrl: options.apiUrl, fetch: deps.fetch, signal: deps.signal };

  if (options.appSecretOnCommandLine)
    say(
      style(
        terminal,
        'yellow',
        'note: --app-secret on the command line is visible to other users of this machine (ps) and in shell history; prefer DROPBOX_APP_SECRET.',
      ),
    );

  // 1. Everything that can be checked before a single-use code exists.
  const target = await resolveTarget(options, deps);
  let selectedIds: number[] | undefined;
  if (target !== undefined) {
    if (deps.github === undefined)
      throw usageError(
        'No GitHub token: set GH_TOKEN (or GITHUB_TOKEN), or log in with `gh auth login`.',
        'Use a fine-grained token with "Secrets: write" on the repository (organization secrets: the "Secrets" organization permission).',
      );
    step(`Checking that the GitHub token can reach the ${describeTarget(target)}`);
    await getPublicKey(deps.github, target);
    if (target.kind === 'organization' && target.visibility === 'selected')
      selectedIds = await repositoryIds(deps.github, target.org, target.selectedRepos);
  }

  // 2. Authorize (PKCE always, except for a code obtained elsewhere) and get the code.
  const pkce = await createPkcePair();
  const state = createState();
  let code: string;
  let codeVerifier: string | undefined;
  let redirectUri: string | undefined;
  let browser: LoopbackCallback | undefined;
  let closeLoopback: (() => Promise<void>) | undefined;
  const authorize = (uri?: string) =>
    buildAuthorizeUrl({
      clientId: options.appKey,
      redirectUri: uri,
      state,
      scope: options.scope,
      tokenAccessType: 'offline',
      codeChallenge: pkce.challenge,
      authorizeUrl: options.authorizeUrl,
    }).href;
  const showUrl = async (url: string) => {
    say(
      `${style(terminal, 'bold', 'Open this URL to link your Dropbox account')} (on any machine with a browser):\n\n  ${url}\n`,
    );
    if (options.openBrowser && !(await deps.openBrowser(url)))
      say(style(terminal, 'dim', '(Could not open a browser; open the URL above yourself.)'));
  };

  if (options.mode.kind === 'code') {
    code = options.mode.code;
    redirectUri = options.mode.redirectUri;
  } else if (options.mode.kind === 'loopback') {
    redirectUri = options.mode.raw;
    const server = await startLoopbackServer({
      redirectUri: options.mode.redirectUri,
      state,
      timeoutMs: options.timeoutSeconds * 1000,
      signal: deps.signal,
    });
    closeLoopback = server.close;
    await showUrl(authorize(redirectUri));
    const stop = waitingLine(
      terminal,
      `Waiting for the browser at ${options.mode.redirectUri.origin}${options.mode.redirectUri.pathname} (up to ${options.timeoutSeconds} s, Ctrl-C to cancel)…`,
    );
    try {
      browser = await server.callback;
    } catch (error) {
      await server.close();
      throw error;
    } finally {
      stop();
    }
    code = browser.code;
    codeVerifier = pkce.verifier;
  } else {
    await showUrl(authorize());
    const pasted = await readLine(
      deps.stdin,
      'Paste the code Dropbox shows (or the whole address you landed on): ',
      terminal.err,
      deps.signal,
    );
    code = codeFromPaste(pasted, state);
    codeVerifier = pkce.verifier;
  }

  const failBrowser = async (error: BootstrapError) => {
    if (browser) await browser.finish(failurePage('Dropbox is not connected', error.message, error.fix), 500);
    await closeLoopback?.();
  };

  try {
    // 3. Exchange, 4. verify before storing.
    step('Exchanging the authorization code');
    let tokens: TokenSet;
    try {
      tokens = await exchangeCode({
        clientId: options.appKey,
        clientSecret: options.appSecret,
        code,
        codeVerifier,
        redirectUri,
        ...dropbox,
      });
    } catch (error) {
      throw dropboxFailure(error, 'The code exchange');
    }
    const refreshToken = tokens.refreshToken;
    if (refreshToken === undefined)
      throw new BootstrapError(
        'Dropbox returned no refresh token.',
        'This happens when token_access_type=offline was not used: authorize again with this command.',
      );

    step('Verifying the refresh token (one refresh and users/get_current_account)');
    let accountName: string;
    try {
      const fresh = await refreshAccessToken({
        clientId: options.appKey,
        clientSecret: options.appSecret,
        refreshToken,
        ...dropbox,
      });
      const account = await getCurrentAccount(fresh.accessToken, dropbox);
      accountName = account.email === undefined ? account.displayName : `${account.displayName} <${account.email}>`;
    } catch (error) {
      throw dropboxFailure(error, 'Verifying the new refresh token');
    }
    say(`  Dropbox account: ${style(terminal, 'bold', accountName)}`);
    say(`  Granted scopes:  ${tokens.scopes.length === 0 ? '(not listed)' : tokens.scopes.join(' ')}`);
    say(
      `  Client type:     ${options.appSecret === undefined ? 'PKCE public client (CI needs only the app key and the refresh token)' : 'confidential (CI needs the app secret too)'}`,
    );

    // 5. Store.
    const written: Written[] = [];
    if (target !== undefined) {
      const values: [string, string][] = [[options.secretName, refreshToken]];
      if (options.storeAppCredentials) {
        values.push(['DROPBOX_APP_KEY', options.appKey]);
        if (options.appSecret !== undefined) values.push(['DROPBOX_APP_SECRET', options.appSecret]);
      }
      step(`${options.dryRun ? 'Dry run: not writing to' : 'Storing sealed secrets in'} the ${describeTarget(target)}`);
      for (const [name, value] of values) {
        // A dry run stops short of sealing: the preflight already read this target's key.
        if (options.dryRun) {
          written.push({ name, result: 'would write' });
        } else {
          written.push({ name, result: await storeSecret(deps.github!, target, name, value, selectedIds) });
          deps.written?.push(name);
        }
      }
    }

    const storedWhere =
      target === undefined
        ? 'your terminal only (--print-refresh-token)'
        : `the ${options.secretName} secret of the ${describeTarget(target)}`;
    if (browser)
      await browser.finish(
        successPage(accountName, options.dryRun ? `nowhere yet (dry run): ${storedWhere}` : storedWhere),
      );
    await closeLoopback?.();

    // 6. Report, and the workflow snippet that matches what was written.
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
          appKeySecretName: options.storeAppCredentials ? 'DROPBOX_APP_KEY' : undefined,
          appSecretUsed: options.appSecret !== undefined,
          appSecretSecretName:
            options.storeAppCredentials && options.appSecret !== undefined ? 'DROPBOX_APP_SECRET' : undefined,
          refreshTokenSecretName: options.secretName,
          environment: target.kind === 'environment' ? target.environment : undefined,
        }),
      );
      if (target.kind === 'environment')
        lines.push('', `Only jobs that declare environment: ${target.environment} receive these secrets.`);
    }
    out.write(`${lines.join('\n')}\n`);
    if (options.printRefreshToken) terminal.out.write(`${refreshToken}\n`);
    return 0;
  } catch (error) {
    const failure = error instanceof BootstrapError ? error : dropboxFailure(error, 'The bootstrap');
    await failBrowser(failure);
    throw failure;
  }
}
