import type { CliContext } from '../../context.js';
import { type CommonOptions, isCredentialShaped, isDropboxOAuthError } from '@dropbox-token/core';
import { describeDropboxError } from '../../dropbox/describe-error.js';
import { revokeLineage } from '../../dropbox/revoke-lineage.js';
import { confirmed } from '../../terminal/prompts.js';
import { BootstrapError } from '../../errors/bootstrap-error.js';
import { DROPBOX_ADVICE, fail } from '../../errors/catalog.js';
import { readLine } from '../../terminal/paste.js';
import { say } from '../../terminal/terminal.js';

export interface RevokeOptions {
  appKey: string;
  appSecret: string | undefined;
  apiUrl: string;
  yes: boolean;
}

/** The part of the CLI's context `revoke` needs. */
export type RevokeDeps = Pick<CliContext, 'terminal' | 'stdin' | 'signal' | 'fetch' | 'ask' | 'askHidden'>;

/** The token to revoke: typed at a hidden prompt on a terminal, else one line of standard input. Never an argument. */
async function readToken(deps: RevokeDeps): Promise<string> {
  const question = 'Refresh token to revoke (input hidden): ';
  const text = (
    deps.askHidden === undefined
      ? await readLine(deps.stdin, '', deps.terminal.err, deps.signal).catch(() => '')
      : await deps.askHidden(question)
  ).trim();
  if (text === '') throw fail('revokeNoToken');
  if (!isCredentialShaped(text)) throw fail('revokeTokenStray');
  return text;
}

/** On a terminal, unless --yes: the person confirms what revoking means before it happens. */
async function confirm(options: RevokeOptions, deps: RevokeDeps): Promise<void> {
  if (options.yes || deps.ask === undefined) return;
  const question =
    'Revoke it? Every access token minted from it stops working too, and so does any workflow that uses it.';
  if (!(await confirmed(deps.ask, question))) throw fail('revokeNotConfirmed');
}

/**
 * `dropbox-token-bootstrap revoke`: for a leaked token, or a clean-up. Reads the refresh token
 * from standard input (never an argument, which other local users can read), confirms on a
 * terminal, and revokes it and every access token minted from it.
 */
export async function runRevoke(options: RevokeOptions, deps: RevokeDeps): Promise<number> {
  const token = await readToken(deps);
  await confirm(options, deps);
  const dropbox: CommonOptions = { apiUrl: options.apiUrl, fetch: deps.fetch, signal: deps.signal };
  try {
    await revokeLineage({ token, appKey: options.appKey, appSecret: options.appSecret, dropbox });
  } catch (error) {
    if (error instanceof BootstrapError || !isDropboxOAuthError(error)) throw error;
    if (error.code === 'invalid_grant') throw fail('revokeTokenRefused');
    throw fail('revokeFailed', { detail: describeDropboxError(error), advice: DROPBOX_ADVICE[error.code] });
  }
  say(deps, 'Revoked: the token and every access token minted from it no longer work.');
  say(
    deps,
    'If a workflow still needs Dropbox, run dropbox-token-bootstrap to mint and store a new refresh token (it replaces the secret).',
  );
  return 0;
}
