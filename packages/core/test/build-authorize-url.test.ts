import { describe, expect, it } from 'vitest';
import { DropboxOAuthError, buildAuthorizeUrl } from '../src/index.js';
import { REDIRECT_URI, authorize, useEmulator } from './helpers.js';

describe('buildAuthorizeUrl', () => {
  it('defaults to the Dropbox host, response_type=code and token_access_type=offline', () => {
    const url = buildAuthorizeUrl({ clientId: 'abc123' });
    expect(url.origin + url.pathname).toBe('https://www.dropbox.com/oauth2/authorize');
    expect([...url.searchParams]).toEqual([
      ['client_id', 'abc123'],
      ['response_type', 'code'],
      ['token_access_type', 'offline'],
    ]);
  });

  it('joins scopes with spaces and never sends an empty scope', () => {
    expect(
      buildAuthorizeUrl({ clientId: 'k', scope: ['files.content.read', 'account_info.read'] }).searchParams.get(
        'scope',
      ),
    ).toBe('files.content.read account_info.read');
    expect(buildAuthorizeUrl({ clientId: 'k', scope: [] }).searchParams.has('scope')).toBe(false);
    expect(buildAuthorizeUrl({ clientId: 'k', scope: ['  '] }).searchParams.has('scope')).toBe(false);
  });

  it('sends every supported option with its Dropbox name', () => {
    const url = buildAuthorizeUrl({
      clientId: 'k',
      redirectUri: 'https://example.com/cb',
      state: 's t&ate',
      scope: ['a.read'],
      tokenAccessType: 'online',
      includeGrantedScopes: 'user',
      forceReapprove: true,
      codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'k',
      response_type: 'code',
      token_access_type: 'online',
      redirect_uri: 'https://example.com/cb',
      state: 's t&ate',
      scope: 'a.read',
      include_granted_scopes: 'user',
      force_reapprove: 'true',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    // The URL is properly encoded (the official JS SDK concatenates without encoding).
    expect(url.search).toContain('state=s+t%26ate');
  });

  it.each([
    [{ clientId: '' }, /clientId/],
    [{ clientId: ' k' }, /whitespace/],
    [{ clientId: 'k\u0000' }, /control characters/],
    [{ clientId: 'k', state: 'a\nb' }, /control characters/],
    [{ clientId: 'k', redirectUri: 'http://example.com/cb' }, /https, or http on localhost/],
    [{ clientId: 'k', redirectUri: 'not a url' }, /redirectUri/],
    [{ clientId: 'k', redirectUri: 'https://e.com/cb#x' }, /fragment/],
    [{ clientId: 'k', state: 'x'.repeat(501) }, /500 bytes/],
    [{ clientId: 'k', includeGrantedScopes: 'user' as const }, /needs a `scope`/],
    [{ clientId: 'k', scope: ['a', 'b c'] }, /own array item/],
    [{ clientId: 'k', scope: 'a b' as unknown as string[] }, /array of strings/],
    [{ clientId: 'k', codeChallenge: 'short' }, /must come from createPkcePair/],
    [{ clientId: 'k', tokenAccessType: 'forever' as 'offline' }, /tokenAccessType/],
    [{ clientId: 'k', includeGrantedScopes: 'all' as 'user', scope: ['a'] }, /includeGrantedScopes/],
    [{ clientId: 'k', authorizeUrl: 'ftp://x/y' }, /absolute https URL/],
    [{ clientId: 'k', authorizeUrl: '::' }, /absolute https URL/],
    // A state and a PKCE challenge sent in clear text to another machine could be read on the way.
    [{ clientId: 'k', authorizeUrl: 'http://dropbox.example.com/oauth2/authorize' }, /http only to a loopback host/],
  ])('refuses bad options %#', (options, message) => {
    let caught: unknown;
    try {
      buildAuthorizeUrl(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DropboxOAuthError);
    expect((caught as DropboxOAuthError).code).toBe('invalid_options');
    expect((caught as DropboxOAuthError).message).toMatch(message);
  });

  it('allows plain http only for loopback redirect URIs', () => {
    expect(
      buildAuthorizeUrl({ clientId: 'k', redirectUri: 'http://localhost:8080/cb' }).searchParams.get('redirect_uri'),
    ).toBe('http://localhost:8080/cb');
  });

  describe('against the emulator', () => {
    const ctx = useEmulator();

    it('produces a URL the authorize endpoint accepts, with state echoed back', async () => {
      const url = buildAuthorizeUrl({
        clientId: ctx.emu.app.key,
        redirectUri: REDIRECT_URI,
        state: 'csrf-123',
        scope: ['files.content.read'],
        authorizeUrl: ctx.emu.authorizeUrl,
      });
      const params = await authorize(url);
      expect(params.get('state')).toBe('csrf-123');
      expect(params.get('code')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    });
  });
});
