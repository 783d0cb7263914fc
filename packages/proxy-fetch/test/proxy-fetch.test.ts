import { startEmulator } from '@dropbox-token/emulator';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createProxyFetch, proxyConfigured, proxyEnvironment, proxyProblem, proxySchemesAdded } from '../src/index.js';

describe('proxyEnvironment', () => {
  it('reads either case, lowercase first, and an empty value does not hide the other case', () => {
    expect(proxyEnvironment({ https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' }).httpsProxy).toBe(
      'http://lower:1',
    );
    expect(proxyEnvironment({ https_proxy: '', HTTPS_PROXY: 'http://upper:2' }).httpsProxy).toBe('http://upper:2');
    expect(proxyEnvironment({ no_proxy: ' ', NO_PROXY: '::1' }).noProxy).toBe('[::1]');
    expect(proxyEnvironment({ NO_PROXY: 'localhost, fe80::1 [::1]:8080,.example.com' }).noProxy).toBe(
      'localhost,[fe80::1],[::1]:8080,.example.com',
    );
    expect(proxyEnvironment({})).toEqual({ httpProxy: undefined, httpsProxy: undefined, noProxy: undefined });
  });

  it('reads a proxy without a scheme as http://, as curl does', () => {
    expect(proxyEnvironment({ HTTPS_PROXY: 'proxy.corp:3128', http_proxy: '10.0.0.1:8080' })).toMatchObject({
      httpsProxy: 'http://proxy.corp:3128',
      httpProxy: 'http://10.0.0.1:8080',
    });
    expect(proxyEnvironment({ HTTPS_PROXY: 'https://u:p@proxy.corp' }).httpsProxy).toBe('https://u:p@proxy.corp');
  });

  it('names the variables set without a scheme, with the http:// they are read with, for other clients to read', () => {
    expect(
      proxySchemesAdded({
        https_proxy: 'proxy.corp:3128',
        HTTPS_PROXY: 'https://proxy.corp',
        http_proxy: ' 10.0.0.1:8080 ',
        HTTP_PROXY: '',
        NO_PROXY: 'localhost',
      }),
    ).toEqual({ https_proxy: 'http://proxy.corp:3128', http_proxy: 'http://10.0.0.1:8080' });
    expect(proxySchemesAdded({ HTTPS_PROXY: 'http://proxy.corp:3128' })).toEqual({});
  });

  it('names the variable it cannot use, by name and in the case found, never its value', () => {
    expect(proxyProblem({})).toBeUndefined();
    expect(proxyProblem({ HTTPS_PROXY: 'proxy.corp:3128', HTTP_PROXY: 'https://proxy.corp' })).toBeUndefined();
    expect(proxyProblem({ https_proxy: 'http://user:s3cret@[bad' })).toEqual({
      variable: 'https_proxy',
      problem: 'not_a_url',
    });
    expect(proxyProblem({ HTTPS_PROXY: 'http://user:s3cret@proxy.corp:99999' })).toEqual({
      variable: 'HTTPS_PROXY',
      problem: 'not_a_url',
    });
    expect(proxyProblem({ HTTP_PROXY: 'socks5://user:s3cret@proxy.corp:1080' })).toEqual({
      variable: 'HTTP_PROXY',
      problem: 'unsupported_scheme',
    });
    // undici decodes the user name and password, and throws (with the value) on a bad escape.
    for (const value of [
      'http://user:pa%zzword@proxy.corp:3128',
      'http://us%2er%:x@proxy.corp',
      'http://a%@proxy.corp',
    ])
      expect(proxyProblem({ HTTPS_PROXY: value })).toEqual({ variable: 'HTTPS_PROXY', problem: 'bad_escape' });
    expect(proxyProblem({ HTTPS_PROXY: 'http://user:pa%25ss%40word@proxy.corp:3128' })).toBeUndefined();
    // The lowercase variable is the one in use, so only it is judged.
    expect(proxyProblem({ http_proxy: 'http://proxy.corp', HTTP_PROXY: 'socks5://x' })).toBeUndefined();
    expect(JSON.stringify(proxyProblem({ HTTPS_PROXY: 'http://user:s3cret@[bad' }))).not.toContain('s3cret');
  });

  it('is configured only when a proxy is named', () => {
    expect(proxyConfigured({})).toBe(false);
    expect(proxyConfigured({ NO_PROXY: '*', HTTPS_PROXY: ' ' })).toBe(false);
    expect(proxyConfigured({ https_proxy: 'http://p:3128' })).toBe(true);
    expect(proxyConfigured({ HTTP_PROXY: 'http://p:3128' })).toBe(true);
  });
});

describe('createProxyFetch (undici EnvHttpProxyAgent), over real HTTP', () => {
  const closing: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const close of closing.splice(0)) await close();
  });

  it('NO_PROXY=::1 exempts the IPv6 loopback (misread by the old hand-written rules, and by undici unless bracketed)', async () => {
    const emu = await startEmulator({ host: '::1' });
    closing.push(() => emu.close());
    const fetchThroughProxy = createProxyFetch(
      proxyEnvironment({ HTTP_PROXY: `http://127.0.0.1:${await freeLoopbackPort()}`, NO_PROXY: '::1' }),
    );
    const answer = await fetchThroughProxy(`${emu.apiUrl.replace('localhost', '[::1]')}/`);
    expect(answer.status).toBe(200);
  });

  it('an empty no_proxy does not hide NO_PROXY', async () => {
    const emu = await startEmulator();
    closing.push(() => emu.close());
    const fetchThroughProxy = createProxyFetch(
      proxyEnvironment({
        HTTP_PROXY: `http://127.0.0.1:${await freeLoopbackPort()}`,
        no_proxy: '',
        NO_PROXY: '127.0.0.1',
      }),
    );
    expect((await fetchThroughProxy(`${emu.url}/`)).status).toBe(200);
  });

  it('sends requests through the named proxy, and a dead proxy fails the request', async () => {
    const emu = await startEmulator();
    closing.push(() => emu.close());
    const dead = createProxyFetch(proxyEnvironment({ HTTP_PROXY: `http://127.0.0.1:${await freeLoopbackPort()}` }));
    await expect(dead(`${emu.url}/`)).rejects.toThrow();
    expect(emu.requests).toEqual([]);
  });
});
