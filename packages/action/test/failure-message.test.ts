import { DropboxOAuthError, type DropboxOAuthErrorCode } from '@dropbox-token/core';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../src/failure-message.js';
import { InputError } from '../src/inputs.js';

function oauthError(
  code: DropboxOAuthErrorCode,
  description?: string,
  operation: 'refreshAccessToken' | 'getCurrentAccount' = 'refreshAccessToken',
) {
  return new DropboxOAuthError({
    code,
    operation,
    description,
    message: `Token refresh failed: ${code}.`,
    hint: 'Do the thing.',
    attempts: 3,
  });
}

describe('failureMessage', () => {
  it.each([
    ['invalid_grant', 'refresh token is malformed', /^Dropbox refused the refresh token: .*Mint a new one/],
    [
      'invalid_client',
      undefined,
      /^Dropbox refused the app credentials \(invalid_client\)\. Check the app-key and app-secret/,
    ],
    ['invalid_request', 'No auth function available for given request', /Set the app-secret input/],
    ['invalid_request', 'something else', /^Dropbox rejected the token request/],
    ['invalid_scope', 'nope', /remove the scope input/],
    ['server_error', 'down', /^Dropbox is unavailable \(server_error: down\) after 3 attempts in 1\.5 s\./],
    ['rate_limited', undefined, /^Dropbox is unavailable \(rate_limited\)/],
    ['network', undefined, /HTTPS_PROXY and NO_PROXY/],
    ['invalid_response', 'x', /Check the api-url input/],
    ['aborted', undefined, /^Token refresh failed: aborted\. Do the thing\.$/],
  ] as [DropboxOAuthErrorCode, string | undefined, RegExp][])('%s (%s)', (code, description, expected) => {
    expect(failureMessage(oauthError(code, description), 1500)).toMatch(expected);
  });

  it('verification failures say how to fix or skip verification', () => {
    expect(failureMessage(oauthError('missing_scope', 'missing_scope', 'getCurrentAccount'), 0)).toMatch(
      /Enable account_info\.read.*verify: false/,
    );
    expect(failureMessage(oauthError('invalid_access_token', undefined, 'getCurrentAccount'), 0)).toMatch(
      /set verify: false/,
    );
  });

  it('input errors pass through; anything else is reported without its message', () => {
    expect(failureMessage(new InputError('Fix the input.'), 0)).toBe('Fix the input.');
    const message = failureMessage(new TypeError('sl.SECRET leaked'), 0);
    expect(message).toMatch(/^The step failed unexpectedly \(TypeError\)/);
    expect(message).not.toContain('SECRET');
    expect(failureMessage('a string', 0)).toMatch(/non-Error value/);
  });
});
