import { DropboxOAuthError, type DropboxOAuthErrorCode } from '@dropbox-token/core';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../src/failure-message.js';
import { INPUT_PROBLEMS } from '../src/messages.js';
import { InputError } from '../src/inputs.js';

function oauthError(
  code: DropboxOAuthErrorCode,
  fields: { errorDescription?: string; requiredScope?: string } = {},
  operation: 'refreshAccessToken' | 'getCurrentAccount' = 'refreshAccessToken',
) {
  // The message and hint are the core's; the action must never use them.
  return new DropboxOAuthError({
    code,
    operation,
    message: 'IGNORED MESSAGE',
    hint: 'IGNORED HINT',
    attempts: 3,
    ...fields,
  });
}

describe('failureMessage: one advice table, keyed by the error code', () => {
  it.each([
    ['invalid_grant', 'refresh token is malformed', /^Dropbox refused the refresh token: .*Mint a new one/],
    [
      'invalid_client',
      undefined,
      /^Dropbox refused the app credentials \(invalid_client\)\. Check the app-key and app-secret/,
    ],
    ['client_secret_required', 'No auth function available', /set the app-secret input/],
    ['invalid_request', 'something else', /^Dropbox rejected the token request/],
    ['invalid_scope', 'nope', /remove the scope input/],
    ['server_error', 'down', /^Dropbox is unavailable \(server_error: down\)\. Gave up after 3 attempts in 1\.5 s\./],
    ['rate_limited', undefined, /^Dropbox is unavailable \(rate_limited\)/],
    ['network', undefined, /HTTPS_PROXY and NO_PROXY/],
    ['invalid_response', 'x', /Check the api-url input/],
    ['aborted', undefined, /^The step failed unexpectedly \(aborted\)\. Re-run with ACTIONS_STEP_DEBUG=true/],
  ] as [DropboxOAuthErrorCode, string | undefined, RegExp][])('%s (%s)', (code, errorDescription, expected) => {
    const message = failureMessage(oauthError(code, errorDescription ? { errorDescription } : {}), 1500);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/IGNORED/);
  });

  it('verification failures name the scope Dropbox asked for, or how to skip verification', () => {
    const missing = oauthError('missing_scope', { requiredScope: 'account_info.read' }, 'getCurrentAccount');
    expect(failureMessage(missing, 0)).toMatch(/Enable account_info\.read for the app.*verify: false/);
    expect(failureMessage(oauthError('invalid_access_token', {}, 'getCurrentAccount'), 0)).toMatch(/set verify: false/);
  });

  it('input errors pass through; anything else is reported without its message', () => {
    expect(failureMessage(new InputError('verifyInvalid'), 0)).toBe(INPUT_PROBLEMS.verifyInvalid);
    const message = failureMessage(new TypeError('sl.SECRET leaked'), 0);
    expect(message).toMatch(/^The step failed unexpectedly \(TypeError\)/);
    expect(message).not.toContain('SECRET');
    expect(failureMessage('a string', 0)).toMatch(/non-Error value/);
  });
});
