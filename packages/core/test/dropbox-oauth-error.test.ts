import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DropboxOAuthError, isDropboxOAuthError } from '../src/index.js';

describe('DropboxOAuthError', () => {
  const error = new DropboxOAuthError({
    code: 'invalid_response',
    operation: 'refreshAccessToken',
    message: 'Token refresh failed: bad answer',
    hint: 'Check apiUrl.',
    status: 200,
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
    expect(String(error)).toBe('DropboxOAuthError: Token refresh failed: bad answer');
  });

  it('serialises to its fields alone', () => {
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
    expect(copy.message).toBe(error.message);
  });

  it('is recognised across two copies of the package (a registered marker, not only instanceof)', async () => {
    // A query string makes Node load the built package a second time: a second class, as with nested installs.
    const copy = (await import(
      `${new URL('../dist/index.js', import.meta.url).href}?second-copy`
    )) as typeof import('../src/index.js');
    const foreign = new copy.DropboxOAuthError({ code: 'timeout', operation: 'exchangeCode', message: 'm', hint: 'h' });
    expect(foreign).not.toBeInstanceOf(DropboxOAuthError);
    expect(isDropboxOAuthError(foreign)).toBe(true);
    expect(copy.isDropboxOAuthError(error)).toBe(true);
    expect(isDropboxOAuthError({ code: 'timeout', name: 'DropboxOAuthError' })).toBe(false);
    expect(Object.keys(foreign)).not.toContain('response');
  });

  it('withAttempts after retries says so in the message, once, without a trailing period', () => {
    expect(error.withAttempts(4, true).message).toBe('Token refresh failed: bad answer; gave up after 4 attempts');
  });
});
