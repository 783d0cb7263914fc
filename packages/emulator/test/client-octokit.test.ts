import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../src/testing.js';
import { seal } from './helpers.js';

const GitHub = Octokit.plugin(restEndpointMethods, paginateRest);

/**
 * `@octokit/core` with the REST endpoint methods, unmodified, against the emulated GitHub: every
 * secrets and variables route the emulator serves, as octokit's generated methods call them.
 */
describe('octokit against the emulator', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  const client = () => new GitHub({ auth: ctx.emu.github.token, baseUrl: ctx.emu.githubUrl });
  const repo = () => {
    const [owner, name] = ctx.emu.github.repository.split('/') as [string, string];
    return { owner, repo: name };
  };
  const org = () => ({ org: ctx.emu.github.organization });
  const env = () => ({ ...repo(), environment_name: ctx.emu.github.environment });
  const repoId = () => ctx.emu.github.state.repositories.get(ctx.emu.github.repository.toLowerCase())!.id;

  it('repository secrets: public key, create, update, get, list, delete', async () => {
    const gh = client();
    const { data: key } = await gh.rest.actions.getRepoPublicKey(repo());
    const write = async (value: string) =>
      gh.rest.actions.createOrUpdateRepoSecret({
        ...repo(),
        secret_name: 'DEPLOY_KEY',
        encrypted_value: await seal(key.key, value),
        key_id: key.key_id,
      });
    expect((await write('one')).status).toBe(201);
    expect((await write('two')).status).toBe(204);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DEPLOY_KEY')).toBe('two');
    const { data: got } = await gh.rest.actions.getRepoSecret({ ...repo(), secret_name: 'deploy_key' });
    expect(got).toMatchObject({ name: 'DEPLOY_KEY', created_at: expect.any(String), updated_at: expect.any(String) });
    const { data: list } = await gh.rest.actions.listRepoSecrets(repo());
    expect(list).toEqual({ total_count: 1, secrets: [got] });
    expect((await gh.rest.actions.deleteRepoSecret({ ...repo(), secret_name: 'DEPLOY_KEY' })).status).toBe(204);
    await expect(gh.rest.actions.getRepoSecret({ ...repo(), secret_name: 'DEPLOY_KEY' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(gh.rest.actions.deleteRepoSecret({ ...repo(), secret_name: 'DEPLOY_KEY' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('environment secrets: public key, create, get, list, delete', async () => {
    const gh = client();
    const { data: key } = await gh.rest.actions.getEnvironmentPublicKey(env());
    const created = await gh.rest.actions.createOrUpdateEnvironmentSecret({
      ...env(),
      secret_name: 'TOKEN',
      encrypted_value: await seal(key.key, 'env-value'),
      key_id: key.key_id,
    });
    expect(created.status).toBe(201);
    const { data: got } = await gh.rest.actions.getEnvironmentSecret({ ...env(), secret_name: 'TOKEN' });
    expect(got.name).toBe('TOKEN');
    expect((await gh.rest.actions.listEnvironmentSecrets(env())).data.secrets.map((s) => s.name)).toEqual(['TOKEN']);
    expect((await gh.rest.actions.deleteEnvironmentSecret({ ...env(), secret_name: 'TOKEN' })).status).toBe(204);
    expect((await gh.rest.actions.listEnvironmentSecrets(env())).data.total_count).toBe(0);
  });

  it('organization secrets: visibility, the selected repositories (list, set, add, remove), delete', async () => {
    const gh = client();
    const { data: key } = await gh.rest.actions.getOrgPublicKey(org());
    await gh.rest.actions.createOrUpdateOrgSecret({
      ...org(),
      secret_name: 'SHARED',
      encrypted_value: await seal(key.key, 'org-value'),
      key_id: key.key_id,
      visibility: 'selected',
      selected_repository_ids: [repoId()],
    });
    const { data: got } = await gh.rest.actions.getOrgSecret({ ...org(), secret_name: 'SHARED' });
    expect(got).toMatchObject({
      name: 'SHARED',
      visibility: 'selected',
      selected_repositories_url: expect.any(String),
    });
    expect((await gh.rest.actions.listOrgSecrets(org())).data.secrets).toEqual([got]);
    const selected = async () =>
      (await gh.rest.actions.listSelectedReposForOrgSecret({ ...org(), secret_name: 'SHARED' })).data.repositories.map(
        (r) => r.id,
      );
    expect(await selected()).toEqual([repoId()]);
    ctx.emu.github.addRepository(`${ctx.emu.github.organization}/other`, { visibleToSeededToken: true });
    const other = ctx.emu.github.state.repositories.get(`${ctx.emu.github.organization}/other`)!.id;
    const done = await gh.rest.actions.addSelectedRepoToOrgSecret({
      ...org(),
      secret_name: 'SHARED',
      repository_id: other,
    });
    expect(done.status).toBe(204);
    expect((await selected()).sort()).toEqual([repoId(), other].sort());
    await gh.rest.actions.removeSelectedRepoFromOrgSecret({ ...org(), secret_name: 'SHARED', repository_id: repoId() });
    expect(await selected()).toEqual([other]);
    await gh.rest.actions.setSelectedReposForOrgSecret({
      ...org(),
      secret_name: 'SHARED',
      selected_repository_ids: [repoId()],
    });
    expect(await selected()).toEqual([repoId()]);
    expect((await gh.rest.actions.deleteOrgSecret({ ...org(), secret_name: 'SHARED' })).status).toBe(204);
  });

  it('a visibility other than selected: its repositories answer 409', async () => {
    const gh = client();
    const { data: key } = await gh.rest.actions.getOrgPublicKey(org());
    await gh.rest.actions.createOrUpdateOrgSecret({
      ...org(),
      secret_name: 'ALL',
      encrypted_value: await seal(key.key, 'v'),
      key_id: key.key_id,
      visibility: 'all',
    });
    await expect(gh.rest.actions.listSelectedReposForOrgSecret({ ...org(), secret_name: 'ALL' })).rejects.toMatchObject(
      {
        status: 409,
      },
    );
  });

  it('repository and environment variables: create, get, list, update, delete', async () => {
    const gh = client();
    for (const [where, create, get, list, update, remove] of [
      [
        repo(),
        gh.rest.actions.createRepoVariable,
        gh.rest.actions.getRepoVariable,
        gh.rest.actions.listRepoVariables,
        gh.rest.actions.updateRepoVariable,
        gh.rest.actions.deleteRepoVariable,
      ],
      [
        env(),
        gh.rest.actions.createEnvironmentVariable,
        gh.rest.actions.getEnvironmentVariable,
        gh.rest.actions.listEnvironmentVariables,
        gh.rest.actions.updateEnvironmentVariable,
        gh.rest.actions.deleteEnvironmentVariable,
      ],
    ] as const) {
      const call = <T>(method: (args: never) => Promise<T>, args: object) => method({ ...where, ...args } as never);
      expect(((await call(create, { name: 'APP_KEY', value: 'k1' })) as { status: number }).status).toBe(201);
      expect(((await call(get, { name: 'APP_KEY' })) as { data: { value: string } }).data.value).toBe('k1');
      expect(((await call(update, { name: 'APP_KEY', value: 'k2' })) as { status: number }).status).toBe(204);
      const listed = (await call(list, {})) as { data: { total_count: number; variables: { value: string }[] } };
      expect(listed.data).toMatchObject({ total_count: 1, variables: [{ name: 'APP_KEY', value: 'k2' }] });
      expect(((await call(remove, { name: 'APP_KEY' })) as { status: number }).status).toBe(204);
      await expect(call(get, { name: 'APP_KEY' })).rejects.toMatchObject({ status: 404 });
    }
  });

  it('organization variables: visibility and the selected repositories (list, set, add, remove)', async () => {
    const gh = client();
    await gh.rest.actions.createOrgVariable({
      ...org(),
      name: 'REGION',
      value: 'eu',
      visibility: 'selected',
      selected_repository_ids: [],
    });
    const selected = async () =>
      (await gh.rest.actions.listSelectedReposForOrgVariable({ ...org(), name: 'REGION' })).data.repositories?.map(
        (r) => r.id,
      );
    expect(await selected()).toEqual([]);
    await gh.rest.actions.addSelectedRepoToOrgVariable({ ...org(), name: 'REGION', repository_id: repoId() });
    expect(await selected()).toEqual([repoId()]);
    await gh.rest.actions.removeSelectedRepoFromOrgVariable({ ...org(), name: 'REGION', repository_id: repoId() });
    await gh.rest.actions.setSelectedReposForOrgVariable({
      ...org(),
      name: 'REGION',
      selected_repository_ids: [repoId()],
    });
    expect(await selected()).toEqual([repoId()]);
    await gh.rest.actions.updateOrgVariable({ ...org(), name: 'REGION', value: 'us' });
    const { data: got } = await gh.rest.actions.getOrgVariable({ ...org(), name: 'REGION' });
    expect(got).toMatchObject({ name: 'REGION', value: 'us', visibility: 'selected' });
    expect((await gh.rest.actions.listOrgVariables(org())).data.variables).toEqual([got]);
    expect((await gh.rest.actions.deleteOrgVariable({ ...org(), name: 'REGION' })).status).toBe(204);
  });

  it('Dependabot secrets, repository and organization, with their own key', async () => {
    const gh = client();
    const { data: key } = await gh.rest.dependabot.getRepoPublicKey(repo());
    expect(key.key_id).not.toBe((await gh.rest.actions.getRepoPublicKey(repo())).data.key_id);
    await gh.rest.dependabot.createOrUpdateRepoSecret({
      ...repo(),
      secret_name: 'NPM',
      encrypted_value: await seal(key.key, 'npm-token'),
      key_id: key.key_id,
    });
    expect((await gh.rest.dependabot.getRepoSecret({ ...repo(), secret_name: 'NPM' })).data.name).toBe('NPM');
    expect((await gh.rest.dependabot.listRepoSecrets(repo())).data.total_count).toBe(1);
    expect((await gh.rest.dependabot.deleteRepoSecret({ ...repo(), secret_name: 'NPM' })).status).toBe(204);
    const { data: orgKey } = await gh.rest.dependabot.getOrgPublicKey(org());
    await gh.rest.dependabot.createOrUpdateOrgSecret({
      ...org(),
      secret_name: 'NPM',
      encrypted_value: await seal(orgKey.key, 'npm-token'),
      key_id: orgKey.key_id,
      visibility: 'selected',
      selected_repository_ids: [String(repoId())],
    });
    const repos = await gh.rest.dependabot.listSelectedReposForOrgSecret({ ...org(), secret_name: 'NPM' });
    expect(repos.data.repositories.map((r) => r.id)).toEqual([repoId()]);
    expect((await gh.rest.dependabot.listOrgSecrets(org())).data.secrets.map((s) => s.name)).toEqual(['NPM']);
    expect((await gh.rest.dependabot.deleteOrgSecret({ ...org(), secret_name: 'NPM' })).status).toBe(204);
  });

  it('lists page as GitHub pages them: per_page, page and Link, which octokit.paginate follows', async () => {
    const gh = client();
    for (const name of ['A', 'B', 'C', 'D', 'E'])
      await gh.rest.actions.createRepoVariable({ ...repo(), name: `VAR_${name}`, value: name });
    const first = await gh.rest.actions.listRepoVariables({ ...repo(), per_page: 2 });
    expect(first.data.variables.map((v) => v.name)).toEqual(['VAR_A', 'VAR_B']);
    expect(first.headers.link).toMatch(/page=2>; rel="next".*page=3>; rel="last"/);
    const all = await gh.paginate(gh.rest.actions.listRepoVariables, { ...repo(), per_page: 2 });
    expect(all.map((v) => v.value)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('the seeded tokens say what they are: a classic token sends X-OAuth-Scopes, a fine-grained one does not', async () => {
    const classic = await client().rest.repos.get(repo());
    expect(classic.data.id).toBe(repoId());
    expect(classic.headers['x-oauth-scopes']).toBe('admin:org, repo, workflow');
    expect(ctx.emu.github.readOnlyToken).toMatch(/^github_pat_/);
    const fine = new GitHub({ auth: ctx.emu.github.readOnlyToken, baseUrl: ctx.emu.githubUrl });
    expect((await fine.rest.repos.get(repo())).headers['x-oauth-scopes']).toBeUndefined();
  });
});
