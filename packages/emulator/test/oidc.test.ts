import { createPublicKey, createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers.js';

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('GitHub Actions OIDC issuer', () => {
  const ctx = useEmulator();

  it('serves discovery and a JWKS whose key verifies the RS256 tokens the runner endpoint signs', async () => {
    const discovery = (await (await fetch(`${ctx.emu.oidc.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: ctx.emu.oidc.issuer,
      jwks_uri: `${ctx.emu.oidc.issuer}/.well-known/jwks`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    const answer = await fetch(`${ctx.emu.oidc.requestUrl}&audience=${encodeURIComponent('https://broker.example')}`, {
      headers: { authorization: `Bearer ${ctx.emu.oidc.requestToken}` },
    });
    const { value } = (await answer.json()) as { value: string };
    const [header, payload, signature] = value.split('.') as [string, string, string];
    const { keys } = (await (await fetch(discovery['jwks_uri'] as string)).json()) as {
      keys: Record<string, unknown>[];
    };
    const jwk = keys.find((key) => key['kid'] === decode(header)['kid'])!;
    const key = createPublicKey({ key: jwk as never, format: 'jwk' });
    expect(createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(key, signature, 'base64url')).toBe(true);
    const claims = decode(payload);
    expect(claims).toMatchObject({
      iss: ctx.emu.oidc.issuer,
      aud: 'https://broker.example',
      sub: 'repo:octo-org/demo-repo:ref:refs/heads/main',
      repository: 'octo-org/demo-repo',
      repository_owner: 'octo-org',
      ref: 'refs/heads/main',
      event_name: 'push',
    });
    expect((claims['exp'] as number) - (claims['iat'] as number)).toBe(300);
    expect(claims['jti']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the environment in sub for a job with one; refuses a wrong request token', async () => {
    ctx.emu.oidc.run = { ...ctx.emu.oidc.run, environment: 'production' };
    const claims = decode(ctx.emu.oidc.issue('aud').split('.')[1]!);
    expect(claims).toMatchObject({ sub: 'repo:octo-org/demo-repo:environment:production', environment: 'production' });
    const refused = await fetch(`${ctx.emu.oidc.requestUrl}&audience=x`, { headers: { authorization: 'Bearer nope' } });
    expect(refused.status).toBe(401);
  });

  it('rotates keys: a retired key leaves the JWKS', async () => {
    const old = ctx.emu.oidc.keys()[0]!;
    ctx.emu.oidc.rotateKey();
    const both = (await (await fetch(`${ctx.emu.oidc.issuer}/.well-known/jwks`)).json()) as { keys: { kid: string }[] };
    expect(both.keys.map((key) => key.kid)).toContain(old.kid);
    ctx.emu.oidc.rotateKey(true);
    const one = (await (await fetch(`${ctx.emu.oidc.issuer}/.well-known/jwks`)).json()) as { keys: { kid: string }[] };
    expect(one.keys).toHaveLength(1);
    expect(one.keys[0]!.kid).not.toBe(old.kid);
  });
});
