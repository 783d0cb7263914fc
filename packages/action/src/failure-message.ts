import { isDropboxOAuthError } from '@dropbox-token/core';
import { InputError } from './inputs.js';

const BOOTSTRAP = '`npx @dropbox-token/bootstrap`';

/** One line, `<what failed>. <what to do>`, for any error the step can meet. Never contains a secret. */
export function failureMessage(error: unknown, elapsedMs: number): string {
  if (error instanceof InputError) return error.message;
  if (!isDropboxOAuthError(error)) {
    const name = error instanceof Error ? error.name : 'non-Error value';
    return `The step failed unexpectedly (${name}). Re-run with ACTIONS_STEP_DEBUG=true and report the log at the project's issue tracker.`;
  }
  const detail = error.description === undefined ? error.code : `${error.code}: ${error.description}`;
  const seconds = (elapsedMs / 1000).toFixed(1);
  if (error.operation === 'getCurrentAccount') {
    return `The new access token failed verification with users/get_current_account (${detail}). ${
      error.code === 'missing_scope'
        ? 'Enable account_info.read for the app and mint a new refresh token, or set verify: false.'
        : 'Check the api-url input, or set verify: false.'
    }`;
  }
  switch (error.code) {
    case 'invalid_grant':
      return `Dropbox refused the refresh token: it is invalid or revoked (${detail}). Mint a new one with ${BOOTSTRAP} and update the secret passed as refresh-token.`;
    case 'invalid_client':
      return `Dropbox refused the app credentials (${detail}). Check the app-key and app-secret inputs against the Dropbox App Console.`;
    case 'invalid_request':
      if ((error.description ?? '').includes('No auth function available'))
        return `Dropbox needs the app secret for this refresh token (${detail}): it was not issued with PKCE. Set the app-secret input, e.g. app-secret: \${{ secrets.DROPBOX_APP_SECRET }}.`;
      return `Dropbox rejected the token request (${detail}). Check the app-key, app-secret and scope inputs.`;
    case 'invalid_scope':
      return `Dropbox refused the requested scope (${detail}). Ask only for scopes this refresh token was granted, or remove the scope input.`;
    case 'timeout':
    case 'network':
    case 'server_error':
    case 'rate_limited':
      return `Dropbox is unavailable (${detail}) after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'} in ${seconds} s. Re-run the job later, check status.dropbox.com, or raise timeout-seconds${error.code === 'network' ? '; on a self-hosted runner check HTTPS_PROXY and NO_PROXY' : ''}.`;
    case 'invalid_response':
    case 'http_error':
      return `Dropbox's answer could not be used (${detail}). Check the api-url input points at Dropbox or a proxy that passes answers through.`;
    default:
      return `${error.message.replace(/\.$/, '')}. ${error.hint}`;
  }
}
