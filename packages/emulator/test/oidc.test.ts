import { spawn } from 'node:child_process';
import { createPublicKey, createVerify } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers.js';

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

/** The token's claims, once its RS256 signature verifies with the key its `kid` names in the JWKS. */
async function verifiedClaims(token: string, jwksUri: string): Promise<Record<string, unknown>> {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const { keys } = (await (await fetch(jwksUri)).json()) as { keys: Record<string, unknown>[] };
  const jwk = keys.find((key) => key['kid'] === decode(header)['kid'])!;
  const key = createPublicKey({ key: jwk as never, format: 'jwk' });
  expect(createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(key, signature, 'base64url')).toBe(true);
  return decode(payload);
}

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
    const claims = await verifiedClaims(value, discovery['jwks_uri'] as string);
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

  /** The claims GitHub documents (shared/reference/github-secrets-api.md, "GitHub Actions OIDC tokens"), outside a pull request and an environment. */
  const REFERENCE_CLAIMS = (
    'jti sub aud ref sha repository repository_id repository_owner repository_owner_id repository_visibility run_id ' +
    'run_number run_attempt runner_environment actor actor_id workflow workflow_ref workflow_sha head_ref base_ref ' +
    'event_name ref_type ref_protected job_workflow_ref job_workflow_sha iss nbf exp iat'
  ).split(' ');

  it('issues every claim GitHub sends, every custom one a string; nbf five minutes before iat; claims_supported lists them', async () => {
    const claims = decode(ctx.emu.oidc.issue('aud').split('.')[1]!);
    expect(Object.keys(claims).sort()).toEqual([...REFERENCE_CLAIMS].sort());
    for (const [name, value] of Object.entries(claims))
      if (!['nbf', 'exp', 'iat'].includes(name)) expect(typeof value, name).toBe('string');
    expect(claims).toMatchObject({ ref_protected: 'true', head_ref: '', base_ref: '', repository_id: '690439361' });
    expect((claims['iat'] as number) - (claims['nbf'] as number)).toBe(300);
    const discovery = (await (await fetch(`${ctx.emu.oidc.issuer}/.well-known/openid-configuration`)).json()) as {
      claims_supported: string[];
    };
    expect(discovery.claims_supported).toEqual(expect.arrayContaining([...REFERENCE_CLAIMS, 'environment']));
  });

  it.each([
    [
      { event_name: 'pull_request', ref: 'refs/pull/7/merge', head_ref: 'feature', base_ref: 'main' },
      'repo:octo-org/demo-repo:pull_request',
    ],
    [{ environment: 'prod:eu' }, 'repo:octo-org/demo-repo:environment:prod%3Aeu'],
    [{ ref: 'refs/heads/a:b' }, 'repo:octo-org/demo-repo:ref:refs/heads/a%3Ab'],
    [{ immutableSubject: true }, 'repo:octo-org@9919/demo-repo@690439361:ref:refs/heads/main'],
  ])('sub for %o is %s', (run, sub) => {
    ctx.emu.oidc.run = { ...ctx.emu.oidc.run, ...run };
    const claims = decode(ctx.emu.oidc.issue('aud').split('.')[1]!);
    expect(claims['sub']).toBe(sub);
    if ('head_ref' in run) expect(claims).toMatchObject({ head_ref: 'feature', base_ref: 'main' });
  });

  it("@actions/core's getIDToken gets a token from the runner endpoint, as a job with id-token: write does", async () => {
    const script =
      "import { getIDToken } from '@actions/core'; process.stdout.write('TOKEN=' + (await getIDToken('https://broker.example')) + '\\n');";
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dirname(dirname(fileURLToPath(import.meta.url))),
      env: {
        PATH: process.env['PATH'] ?? '',
        ACTIONS_ID_TOKEN_REQUEST_URL: ctx.emu.oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: ctx.emu.oidc.requestToken,
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    const token = /^TOKEN=(\S+)$/m.exec(stdout)![1]!;
    // It masks the token before anything else could print it.
    expect(stdout).toContain(`::add-mask::${token}`);
    expect(decode(token.split('.')[1]!)).toMatchObject({ aud: 'https://broker.example', iss: ctx.emu.oidc.issuer });
  });
});

describe('GitLab CI ID-token issuer', () => {
  const ctx = useEmulator();

  it('serves discovery and a JWKS (/oauth/discovery/keys) that verify RS256 tokens with GitLab claims', async () => {
    const discovery = (await (await fetch(`${ctx.emu.gitlab.issuer}/.well-known/openid-configuration`)).json()) as {
      jwks_uri: string;
      claims_supported: string[];
    };
    expect(discovery.jwks_uri).toBe(`${ctx.emu.gitlab.issuer}/oauth/discovery/keys`);
    const token = ctx.emu.gitlab.issue('https://broker.example');
    const claims = await verifiedClaims(token, discovery.jwks_uri);
    expect(claims).toMatchObject({
      iss: ctx.emu.gitlab.issuer,
      sub: 'project_path:octo-group/demo-project:ref_type:branch:ref:main',
      project_path: 'octo-group/demo-project',
      namespace_path: 'octo-group',
      ref_protected: 'true',
      pipeline_source: 'push',
    });
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(Object.keys(claims)));
  });
});
