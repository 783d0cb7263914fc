import { describeDropboxError } from '../../dropbox/describe-error.js';
import { confirmed } from '../../terminal/prompts.js';
import {
  type DropboxOAuthError,
  exchangeCode,
  guessCredentialKind,
  isDropboxOAuthError,
  refreshAccessToken,
} from '@dropbox-token/core';
import type { BootstrapOptions } from '../../args.js';
import type { BootstrapError } from '../../errors/bootstrap-error.js';
import { findLinkedOwner } from './linked-owner.js';
import { DROPBOX_ADVICE, LOOKS_LIKE_REFRESH_TOKEN, type MessageId, fail } from '../../errors/catalog.js';
import { style } from '../../terminal/terminal.js';
import { type BootstrapDeps, type MintedToken, type ObtainedCode, announce, say } from './context.js';

/** A Dropbox failure as the CLI reports it: the step, the code and Dropbox's words, and the advice (or a closer one). */
export function dropboxFailure(
  error: unknown,
  id: Extract<MessageId, 'exchangeFailed' | 'verifyFailed'>,
  closerAdvice?: (error: DropboxOAuthError) => string | undefined,
): BootstrapError {
  if (!isDropboxOAuthError(error))
    return fail('unexpected', { step: 'The bootstrap', name: (error as Error)?.name ?? 'error' });
  return fail(id, { detail: describeDropboxError(error), advice: closerAdvice?.(error) ?? DROPBOX_ADVICE[error.code] });
}

/** When Dropbox refused the code and the code looks like a refresh token, say so. */
export const adviceForCode = (code: string) => (error: DropboxOAuthError) =>
  error.code === 'invalid_grant' && guessCredentialKind(code) === 'refresh-token'
    ? LOOKS_LIKE_REFRESH_TOKEN
    : undefined;

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
  if (!(await confirmed(deps.ask, `Store the refresh token of ${minted.owner.label}?`))) throw fail('notConfirmed');
}
