import { describe, expect, it } from 'vitest';
import { proxyConfigured } from '../src/proxy-config.js';
import { proxyFor } from '../src/proxy-rules.js';

describe('proxy configuration', () => {
  const https = new URL('https://api.dropboxapi.com/oauth2/token');
  const http = new URL('http://127.0.0.1:8080/oauth2/token');

  it('is off unless a proxy variable is set, in either case', () => {
    expect(proxyConfigured({})).toBe(false);
    expect(proxyConfigured({ NO_PROXY: '*', HTTPS_PROXY: ' ' })).toBe(false);
    expect(proxyConfigured({ https_proxy: 'http://p:3128' })).toBe(true);
    expect(proxyConfigured({ HTTP_PROXY: 'http://p:3128' })).toBe(true);
  });

  it('picks HTTPS_PROXY for https and HTTP_PROXY for http', () => {
    const env = { HTTPS_PROXY: 'http://secure:1', http_proxy: 'http://plain:2' };
    expect(proxyFor(https, env)).toBe('http://secure:1');
    expect(proxyFor(http, env)).toBe('http://plain:2');
    expect(proxyFor(https, { HTTP_PROXY: 'http://plain:2' })).toBeUndefined();
  });

  it.each([
    ['*', true],
    ['dropboxapi.com', true],
    ['.dropboxapi.com', true],
    ['*.dropboxapi.com', true],
    ['api.dropboxapi.com:443', true],
    ['api.dropboxapi.com:8443', false],
    ['example.com, dropbox.com', false],
    ['pidropboxapi.com', false],
    ['', false],
  ])('NO_PROXY=%s bypasses api.dropboxapi.com: %s', (noProxy, bypass) => {
    expect(proxyFor(https, { HTTPS_PROXY: 'http://p:1', no_proxy: noProxy }) === undefined).toBe(bypass);
  });

  it('matches loopback addresses and ports for http', () => {
    expect(proxyFor(http, { HTTP_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1' })).toBeUndefined();
    expect(proxyFor(http, { HTTP_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1:8080' })).toBeUndefined();
    expect(proxyFor(http, { HTTP_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1:80' })).toBe('http://p:1');
  });
});
