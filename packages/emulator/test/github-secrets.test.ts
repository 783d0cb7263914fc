import { describe, expect, it } from 'vitest';
import { gh, seal, useEmulator } from './helpers.js';

describe('GitHub Actions secrets', () => {
  const ctx = useEmulator();
  const repoPath = () => `/repos/${ctx.emu.github.repository}/actions/secrets`;
  const envPath = () =>
    `/repos/${ctx.emu.github.repository}/environments/${encodeURIComponent(ctx.emu.github.environment)}/secrets`;
  const orgPath = () => `/orgs/${ctx.emu.github.organization}/actions/secrets`;

  async function put(base: string, name: string, value: string, extra: Record<string, unknown> = {}) {
    const key = await gh(ctx.emu, 'GET', `${base}/public-key`);
    expect(key.status).toBe(200);
    const encrypted_value = await seal(key.json!['key'] as string, value);
    return gh(ctx.emu, 'PUT', `${base}/${name}`, { encrypted_value, key_id: key.json!['key_id'], ...extra });
  }

  it('creates (201) then updates (204) a repository secret, which opens to the plaintext', async () => {
    const created = await put(repoPath(), 'DROPBOX_REFRESH_TOKEN', 'first-value');
    expect(created.status).toBe(201);
    const updated = await put(repoPath(), 'DROPBOX_REFRESH_TOKEN', 'second-value');
    expect(updated.status).toBe(204);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')).toBe('second-value');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual(['DROPBOX_REFRESH_TOKEN']);
    const meta = await gh(ctx.emu, 'GET', `${repoPath()}/DROPBOX_REFRESH_TOKEN`);
    expect(meta.json).toMatchObject({ name: 'DROPBOX_REFRESH_TOKEN' });
  });

  it('the public key is a standard-base64 32-byte Curve25519 key with a key_id', async () => {
    const key = await gh(ctx.emu, 'GET', `${repoPath()}/public-key`);
    expect(key.json!['key_id']).toMatch(/^\d+$/);
    expect(Buffer.from(key.json!['key'] as string, 'base64')).toHaveLength(32);
    expect(key.json!['key']).toMatch(/=$/);
  });

  it('environment secrets use the environment’s own key; a name with "/" must be URL-encoded', async () => {
    ctx.emu.github.state.addEnvironment(ctx.emu.github.repository, 'prod/eu');
    const envKey = await gh(ctx.emu, 'GET', `${envPath()}/public-key`);
    const repoKey = await gh(ctx.emu, 'GET', `${repoPath()}/public-key`);
    expect(envKey.json!['key_id']).not.toBe(repoKey.json!['key_id']);
    expect((await put(envPath(), 'TOKEN', 'env-value')).status).toBe(201);
    expect(
      ctx.emu.github.secret({ repo: ctx.emu.github.repository, environment: ctx.emu.github.environment }, 'TOKEN'),
    ).toBe('env-value');

    const slashed = `/repos/${ctx.emu.github.repository}/environments/${encodeURIComponent('prod/eu')}/secrets`;
    expect((await put(slashed, 'TOKEN', 'eu')).status).toBe(201);
    expect(ctx.emu.github.secret({ repo: ctx.emu.github.repository, environment: 'prod/eu' }, 'TOKEN')).toBe('eu');
    const raw = await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}/environments/prod/eu/secrets/public-key`);
    expect(raw.status).toBe(404);
  });

  it('sealing with the repository key for an environment secret is refused, not stored corrupt', async () => {
    const repoKey = await gh(ctx.emu, 'GET', `${repoPath()}/public-key`);
    const envKey = await gh(ctx.emu, 'GET', `${envPath()}/public-key`);
    const encrypted_value = await seal(repoKey.json!['key'] as string, 'x');
    const answer = await gh(ctx.emu, 'PUT', `${envPath()}/TOKEN`, { encrypted_value, key_id: envKey.json!['key_id'] });
    expect(answer.status).toBe(422);
    expect(answer.json!['message']).toMatch(/improperly encrypted/);
    expect(
      ctx.emu.github.secretNames({ repo: ctx.emu.github.repository, environment: ctx.emu.github.environment }),
    ).toEqual([]);
  });

  it('organization secrets require visibility, and selected_repository_ids only with selected', async () => {
    expect((await put(orgPath(), 'ORG_TOKEN', 'v')).status).toBe(422);
    expect(
      (await put(orgPath(), 'ORG_TOKEN', 'v', { visibility: 'private', selected_repository_ids: [1] })).status,
    ).toBe(422);
    expect(
      (await put(orgPath(), 'ORG_TOKEN', 'v', { visibility: 'selected', selected_repository_ids: ['a'] })).status,
    ).toBe(422);
    const repo = await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}`);
    const created = await put(orgPath(), 'ORG_TOKEN', 'org-value', {
      visibility: 'selected',
      selected_repository_ids: [repo.json!['id']],
    });
    expect(created.status).toBe(201);
    expect(ctx.emu.github.secret({ org: ctx.emu.github.organization }, 'ORG_TOKEN')).toBe('org-value');
    expect(
      ctx.emu.github.state.store({ org: ctx.emu.github.organization })!.secrets.get('ORG_TOKEN')!.selectedRepositoryIds,
    ).toEqual([repo.json!['id']]);
    expect((await put(repoPath(), 'X', 'v', { visibility: 'all' })).status).toBe(422);
  });

  it('401 for no or unknown token, 403 without write permission, 404 for what the token cannot see', async () => {
    expect((await gh(ctx.emu, 'GET', `${repoPath()}/public-key`, undefined, '')).json).toMatchObject({
      message: 'Requires authentication',
      status: '401',
    });
    const unknown = await gh(ctx.emu, 'GET', `${repoPath()}/public-key`, undefined, 'ghp_nope');
    expect(unknown.status).toBe(401);
    expect(unknown.json!['message']).toBe('Bad credentials');

    const key = await gh(ctx.emu, 'GET', `${repoPath()}/public-key`, undefined, ctx.emu.github.readOnlyToken);
    expect(key.status).toBe(200);
    const encrypted_value = await seal(key.json!['key'] as string, 'v');
    const forbidden = await gh(
      ctx.emu,
      'PUT',
      `${repoPath()}/NAME`,
      { encrypted_value, key_id: key.json!['key_id'] },
      ctx.emu.github.readOnlyToken,
    );
    expect(forbidden.status).toBe(403);

    expect((await gh(ctx.emu, 'GET', '/repos/someone/else/actions/secrets/public-key')).status).toBe(404);
    expect(
      (await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}/environments/nope/secrets/public-key`)).status,
    ).toBe(404);
    expect((await gh(ctx.emu, 'GET', '/orgs/other-org/actions/secrets/public-key')).status).toBe(404);
    ctx.emu.github.addRepository('octo-org/hidden');
    expect((await gh(ctx.emu, 'GET', '/repos/octo-org/hidden/actions/secrets/public-key')).status).toBe(404);
    expect((await gh(ctx.emu, 'GET', '/nothing/here')).status).toBe(404);
  });

  it('422 for a missing or stale key_id and for a value that is not standard base64', async () => {
    const key = await gh(ctx.emu, 'GET', `${repoPath()}/public-key`);
    const encrypted_value = await seal(key.json!['key'] as string, 'v');
    const missing = await gh(ctx.emu, 'PUT', `${repoPath()}/NAME`, { encrypted_value });
    expect(missing.status).toBe(422);
    expect(missing.json!['message']).toBe('Invalid request.\n\n"key_id" wasn\'t supplied.');
    const urlsafe = await gh(ctx.emu, 'PUT', `${repoPath()}/NAME`, {
      encrypted_value: `${encrypted_value.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}-`,
      key_id: key.json!['key_id'],
    });
    expect(urlsafe.status).toBe(422);
    expect(urlsafe.json!['message']).toMatch(
      /^Invalid request\.\n\n\S+ does not match \/\^\(\?:\[A-Za-z0-9\+\\\/\]\{4\}\)\*/,
    );
    const garbled = await gh(ctx.emu, 'PUT', `${repoPath()}/NAME`, {
      encrypted_value: Buffer.from('not sealed at all, but base64').toString('base64'),
      key_id: key.json!['key_id'],
    });
    expect(garbled).toMatchObject({
      status: 422,
      json: { message: 'Bad request - validation failed due to an improperly encrypted secret' },
    });
    ctx.emu.github.rotateKey(ctx.emu.github.repository);
    const stale = await gh(ctx.emu, 'PUT', `${repoPath()}/NAME`, { encrypted_value, key_id: key.json!['key_id'] });
    expect(stale.status).toBe(422);
    expect(stale.json!['message']).toMatch(/key_id/);
    expect((await put(repoPath(), 'NAME', 'after-rotation')).status).toBe(201);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'NAME')).toBe('after-rotation');
    expect((await gh(ctx.emu, 'PUT', `${repoPath()}/NAME`, { encrypted_value, key_id: 5 })).status).toBe(422);
  });

  it('validates secret names as GitHub does and stores them upper-cased', async () => {
    for (const bad of ['1ABC', 'GITHUB_TOKEN', 'github_x', 'A-B', 'A%20B'])
      expect(await put(repoPath(), bad, 'v')).toMatchObject({
        status: 422,
        json: {
          message:
            'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) or underscores (_).',
        },
      });
    expect((await put(repoPath(), 'lower_name', 'v')).status).toBe(201);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'LOWER_NAME')).toBe('v');
  });

  it('rejects malformed JSON and unsupported API versions', async () => {
    const response = await fetch(`${ctx.emu.githubUrl}${repoPath()}/NAME`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ctx.emu.github.token}` },
      body: '{',
    });
    expect(response.status).toBe(400);
    const version = await fetch(`${ctx.emu.githubUrl}${repoPath()}/public-key`, {
      headers: { authorization: `Bearer ${ctx.emu.github.token}`, 'x-github-api-version': '1999-01-01' },
    });
    expect(version.status).toBe(400);
  });

  it('GET /repos/{owner}/{repo} gives the repository id', async () => {
    const repo = await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}`);
    expect(repo.json).toMatchObject({ full_name: ctx.emu.github.repository, private: true });
    expect(typeof repo.json!['id']).toBe('number');
  });
});
