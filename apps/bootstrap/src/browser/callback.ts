import { isAuthorizationCodeShaped } from '@dropbox-token/core';
import type { BootstrapError } from '../errors/bootstrap-error.js';
import { fail } from '../errors/catalog.js';
import { failurePage } from './pages.js';

/** What a callback to the redirect path means for this sign-in. */
export type CallbackVerdict =
  | { kind: 'ignore'; status: number; html: string }
  | { kind: 'fail'; status: number; html: string; error: BootstrapError }
  | { kind: 'code'; code: string };

/** Judges one callback's query against this run's state: pure, so each case is one branch. */
export function judgeCallback(params: URLSearchParams, state: string): CallbackVerdict {
  if (params.get('state') !== state) {
    // Not the answer to this sign-in: refused, and the server keeps waiting for the one that is.
    const html = failurePage(
      'This sign-in did not match',
      'The request did not carry the state of this sign-in, so it was ignored.',
      'Use the URL the terminal printed.',
    );
    return { kind: 'ignore', status: 400, html };
  }
  const error = params.get('error');
  if (error !== null) {
    const declined = error === 'access_denied';
    const html = failurePage(
      declined ? 'Access was declined' : 'Dropbox reported an error',
      declined
        ? 'You chose not to give the app access to your Dropbox, so nothing was stored.'
        : `Dropbox answered: ${error}. Nothing was stored.`,
      'Run dropbox-token-bootstrap again and click Allow.',
    );
    const failure = declined
      ? fail('accessDeclined')
      : fail('authorizeError', { error: error.replace(/[^\w.-]/g, '').slice(0, 60) });
    return { kind: 'fail', status: 200, html, error: failure };
  }
  const code = params.get('code');
  if (code === null || !isAuthorizationCodeShaped(code)) {
    const html = failurePage(
      'No code arrived',
      'The answer from Dropbox had no authorization code.',
      'Run dropbox-token-bootstrap again.',
    );
    return { kind: 'fail', status: 400, html, error: fail('callbackNoCode') };
  }
  return { kind: 'code', code };
}
