import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DropboxOAuthError, isDropboxOAuthError } from '../src/index.js';

describe('DropboxOAuthError', () => {
  const response = new Response('{"access_token":"sl.SECRET"}', { status: 200 });
  const error = new DropboxOAuthError({
    code: 'invalid_response',
    operation: 'refreshAccessToken',
    message: 'Token refresh failed: bad answer.',
    hint: 'Check apiUrl.',
    status: 200,
    response,
    cause: new Error('inner'),
  });

  it('carries a stable code, a hint, a name and the cause', () => {
    expect(error).toBeInstanceOf(Error);
    expect(isDropboxOAuthError(error)).toBe(true);
    expect(isDropboxOAuthError(new Error('x'))).toBe(false);
    expect(error.name).toBe('DropboxOAuthError');
    expect(error.code).toBe('invalid_response');
    expect(error.hint).toBe('Check apiUrl.');
    expect((error.cause as Error).message).toBe('inner');
    expect(String(error)).toBe('DropboxOAuthError: Token refresh failed: bad answer.');
  });

  it('keeps the raw response reachable but out of JSON and inspect output', () => {
    expect(error.response).toBe(response);
    expect(Object.keys(error)).not.toContain('response');
    expect(Object.keys(JSON.parse(JSON.stringify(error)))).not.toContain('response');
    expect(inspect(error)).not.toContain('sl.SECRET');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'DropboxOAuthError',
      code: 'invalid_response',
      operation: 'refreshAccessToken',
      hint: 'Check apiUrl.',
      status: 200,
      retryable: false,
      attempts: 0,
    });
  });

  it('withAttempts copies everything but the count', () => {
    const copy = error.withAttempts(3);
    expect(copy.attempts).toBe(3);
    expect(copy.code).toBe(error.code);
    expect(copy.response).toBe(response);
  });
});
