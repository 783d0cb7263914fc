import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DropboxOAuthError } from '../src/index.js';
import { tokenEndpointError } from '../src/parse-error-body.js';
import { apiRouteError } from '../src/call-api.js';
import { parseTokenResponse } from '../src/parse-token-response.js';
import type { ReceivedResponse, SendContext } from '../src/send-request.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const ctx: SendContext = { operation: 'refreshAccessToken', secrets: ['SECRET-REFRESH-TOKEN', 'app-secret-xyz'] };

function received(status: number, body: string | object, headers: Record<string, string> = {}): ReceivedResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { status, header: (name) => lower[name.toLowerCase()] ?? null, text };
}

function errorOf(fn: () => unknown): DropboxOAuthError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DropboxOAuthError) return error;
    throw error;
  }
  throw new Error('expected a DropboxOAuthError');
}

describe('parseTokenResponse', () => {
  it('maps a code-exchange answer to camelCase with expiresAt from the clock', () => {
    const tokens = parseTokenResponse(
      received(200, {
        access_token: 'sl.abc',
        token_type: 'bearer',
        expires_in: 14400,
        refresh_token: 'rt',
        scope: 'account_info.read files.content.read',
        uid: '12345',
        account_id: 'dbid:x',
        team_id: 'dbtid:y',
        id_token: 'eyJ',
      }),
      ctx,
      NOW,
    );
    expect(tokens).toEqual({
      accessToken: 'sl.abc',
      tokenType: 'bearer',
      expiresIn: 14400,
      expiresAt: new Date(NOW + 14400_000),
      scopes: ['account_info.read', 'files.content.read'],
      refreshToken: 'rt',
      uid: '12345',
      accountId: 'dbid:x',
      teamId: 'dbtid:y',
      idToken: 'eyJ',
    });
  });

  it('a legacy exchange answers without expires_in: the token set has no expiry at all', () => {
    const tokens = parseTokenResponse(
      received(200, { access_token: 'sl.a', token_type: 'bearer', account_id: 'dbid:x' }),
      ctx,
      NOW,
    );
    expect(tokens).toEqual({ accessToken: 'sl.a', tokenType: 'bearer', scopes: [], accountId: 'dbid:x' });
    expect('expiresAt' in tokens).toBe(false);
  });

  it('accepts expires_in as a numeric string, as the docs sample shows', () => {
    const tokens = parseTokenResponse(
      received(200, { access_token: 'sl.a', token_type: 'bearer', expires_in: '13220' }),
      ctx,
      NOW,
    );
    expect(tokens.expiresIn).toBe(13220);
    expect(tokens.scopes).toEqual([]);
    for (const expires_in of [-1, '12a', true, {}])
      expect(() => parseTokenResponse(received(200, { access_token: 'sl.a', expires_in }), ctx, NOW)).toThrow(
        /expires_in/,
      );
  });

  it.each([
    [{ token_type: 'bearer', expires_in: 1 }, /access_token/],
    [{ access_token: '', expires_in: 1 }, /access_token/],
    [{ access_token: 'sl.a', token_type: 1, expires_in: 1 }, /token_type/],
    [{ access_token: 'sl.a', expires_in: 'soon' }, /expires_in/],
    [{ access_token: 'sl.a', expires_in: 1, scope: ['a'] }, /scope/],
    [{ access_token: 'sl.a', expires_in: 1, refresh_token: 5 }, /refresh_token/],
    [[1, 2], /JSON object/],
    ['not json', /JSON object/],
    // A hostile or broken server: values that would become a log line, a header or an output.
    [{ access_token: 'sl.a\n::set-output name=x::pwned', expires_in: 1 }, /access_token/],
    [{ access_token: 'sl.a b', expires_in: 1 }, /access_token/],
    [{ access_token: 'x'.repeat(8193), expires_in: 1 }, /access_token/],
    [{ access_token: 'sl.a', expires_in: 1, refresh_token: 'r\u2028r' }, /refresh_token/],
    [{ access_token: 'sl.a', expires_in: 1, account_id: 'dbid:x\n::error::pwned' }, /account_id/],
    [{ access_token: 'sl.a', expires_in: 1, team_id: 'x'.repeat(257) }, /team_id/],
    [{ access_token: 'sl.a', expires_in: 1, scope: 'files.read <script>' }, /scope/],
    [{ access_token: 'sl.a', expires_in: 1, token_type: 'bearer\r\nX-Injected: 1' }, /token_type/],
  ])('refuses a malformed 200 %#', (body, description) => {
    const error = errorOf(() => parseTokenResponse(received(200, body), ctx, NOW));
    expect(error.code).toBe('invalid_response');
    expect(error.errorDescription).toMatch(description);
    expect(error.retryable).toBe(false);
  });

  it('never lets a token from the body into the error', () => {
    const error = errorOf(() =>
      parseTokenResponse(
        received(200, { access_token: 'sl.LEAKED', error: 'invalid_grant', error_description: 'x sl.LEAKED y' }),
        ctx,
        NOW,
      ),
    );
    expect(error.code).toBe('invalid_grant');
    expect(`${error.message}${JSON.stringify(error)}${inspect(error)}`).not.toContain('sl.LEAKED');
  });
});

describe('error bodies in every shape Dropbox has used', () => {
  const cases: [string, ReceivedResponse, Partial<DropboxOAuthError>][] = [
    [
      'JSON error + error_description',
      received(400, { error_description: 'refresh token is invalid or revoked', error: 'invalid_grant' }),
      { code: 'invalid_grant', errorDescription: 'refresh token is invalid or revoked', retryable: false },
    ],
    [
      'older "code: message" form',
      received(400, { error: 'invalid_client: Invalid client_id or client_secret' }),
      { code: 'invalid_client', errorDescription: 'Invalid client_id or client_secret' },
    ],
    [
      'a sentence in error on 500',
      received(500, { error: 'The server has either erred or is incapable of performing the requested operation.' }),
      {
        code: 'server_error',
        retryable: true,
        errorDescription: 'The server has either erred or is incapable of performing the requested operation.',
      },
    ],
    [
      'an HTML 502 page',
      received(502, '<!DOCTYPE html><html><body>Bad gateway</body></html>'),
      { code: 'server_error', errorDescription: undefined },
    ],
    [
      'plain text 503',
      received(503, 'down for maintenance'),
      { code: 'server_error', errorDescription: 'down for maintenance' },
    ],
    [
      'plain text 400 from the token endpoint',
      received(400, 'bad things'),
      { code: 'invalid_request', errorDescription: 'bad things' },
    ],
    [
      'an unknown OAuth code',
      received(400, { error: 'weird_error', error_description: 'hm' }),
      { code: 'invalid_request', errorDescription: 'hm' },
    ],
    ['a 404 page', received(404, 'Not Found'), { code: 'http_error', status: 404 }],
    [
      'a redirect',
      received(302, '', { location: 'https://elsewhere.example/' }),
      { code: 'http_error', errorDescription: 'unexpected redirect to https://elsewhere.example/' },
    ],
    [
      '429 with Retry-After',
      received(
        429,
        { error_summary: 'too_many_requests/..', error: { reason: { '.tag': 'too_many_requests' } } },
        { 'retry-after': '7' },
      ),
      { code: 'rate_limited', retryAfterMs: 7000, retryable: true },
    ],
    [
      '429 with the wait only in error.retry_after (auth.stone RateLimitError)',
      received(429, {
        error_summary: 'too_many_requests/',
        error: { reason: { '.tag': 'too_many_requests' }, retry_after: 2 },
      }),
      { code: 'rate_limited', retryAfterMs: 2000 },
    ],
    [
      '429 in plain text',
      received(429, 'slow down'),
      { code: 'rate_limited', retryAfterMs: undefined, errorDescription: 'slow down' },
    ],
  ];

  it.each(cases)('%s', (_name, response, expected) => {
    expect(tokenEndpointError(response, ctx, NOW)).toMatchObject(expected);
  });

  it('reads API AuthErrors by tag, whatever the dots in error_summary', () => {
    for (const dots of ['.', '..', '...']) {
      const error = apiRouteError(
        received(401, { error: { '.tag': 'expired_access_token' }, error_summary: `expired_access_token/${dots}` }),
        ctx,
        NOW,
      );
      expect(error).toMatchObject({ code: 'expired_access_token', errorDescription: 'expired_access_token' });
    }
    expect(
      apiRouteError(
        received(401, { error_summary: 'missing_scope/..', error: { '.tag': 'missing_scope', required_scope: 'a' } }),
        ctx,
        NOW,
      ),
    ).toMatchObject({ code: 'missing_scope', error: 'missing_scope', requiredScope: 'a' });
    expect(
      apiRouteError(received(409, { error_summary: 'path/not_found/..', error: { '.tag': 'path' } }), ctx, NOW),
    ).toMatchObject({
      code: 'http_error',
      errorDescription: 'path/not_found',
    });
    expect(apiRouteError(received(400, 'Error in call to API function'), ctx, NOW)).toMatchObject({
      code: 'bad_request',
    });
  });

  it('removes known secrets and control characters from server text and bounds its length', () => {
    const error = tokenEndpointError(
      received(400, { error: 'invalid_grant', error_description: 'token SECRET-REFRESH-TOKEN\nfor app-secret-xyz' }),
      ctx,
      NOW,
    );
    expect(error.errorDescription).toBe('token [REDACTED] for [REDACTED]');
    const long = tokenEndpointError(received(503, 'x'.repeat(5000)), ctx, NOW);
    expect(long.errorDescription!.length).toBeLessThanOrEqual(301);
  });
});
