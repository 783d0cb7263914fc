import { describe, expect, it } from 'vitest';
import { gh, seal, useEmulator } from './helpers.js';

describe('Dependabot secrets and Actions variables', () => {
  const ctx = useEmulator();
  const repo = () => `/repos/${ctx.emu.github.repository}`;
  const org = () => `/orgs/${ctx.emu.github.organization}`;

  it('Dependabot secrets have their own key pair: a value sealed for the Actions key is refused', async () => {
    const actionsKey = await gh(ctx.emu, 'GET', `${repo()}/actions/secrets/public-key`);
    const dependabotKey = await gh(ctx.emu, 'GET', `${repo()}/dependabot/secrets/public-key`);
    expect(dependabotKey.json!['key_id']).not.toBe(actionsKey.json!['key_id']);
    const wrong = await gh(ctx.emu, 'PUT', `${repo()}/dependabot/secrets/TOKEN`, {
      encrypted_value: await seal(actionsKey.json!['key'] as string, 'v'),
      key_id: dependabotKey.json!['key_id'],
    });
    expect(wrong.status).toBe(422);
    const right = await gh(ctx.emu, 'PUT', `${repo()}/dependabot/secrets/TOKEN`, {
      encrypted_value: await seal(dependabotKey.json!['key'] as string, 'v'),
      key_id: dependabotKey.json!['key_id'],
    });
    expect(right.status).toBe(201);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'TOKEN', 'dependabot')).toBe('v');
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'TOKEN')).toBeUndefined();
    // Environments have no Dependabot secrets.
    const env = `${repo()}/environments/${ctx.emu.github.environment}/dependabot/secrets/public-key`;
    expect((await gh(ctx.emu, 'GET', env)).status).toBe(404);
  });

  it('variables: create 201, create again 409, update 204, read 200; an unknown one is 404', async () => {
    const base = `${repo()}/actions/variables`;
    expect((await gh(ctx.emu, 'POST', base, { name: 'DROPBOX_APP_KEY', value: 'a' })).status).toBe(201);
    expect((await gh(ctx.emu, 'POST', base, { name: 'dropbox_app_key', value: 'b' })).status).toBe(409);
    expect((await gh(ctx.emu, 'PATCH', `${base}/DROPBOX_APP_KEY`, { value: 'c' })).status).toBe(204);
    expect((await gh(ctx.emu, 'GET', `${base}/DROPBOX_APP_KEY`)).json).toMatchObject({
      name: 'DROPBOX_APP_KEY',
      value: 'c',
    });
    expect((await gh(ctx.emu, 'PATCH', `${base}/NOPE`, { value: 'x' })).status).toBe(404);
    expect((await gh(ctx.emu, 'GET', `${base}/NOPE`)).status).toBe(404);
    expect((await gh(ctx.emu, 'POST', base, { name: 'GITHUB_X', value: 'x' })).status).toBe(422);
    expect((await gh(ctx.emu, 'POST', base, { name: 'X', value: 'x', visibility: 'all' })).status).toBe(422);
  });

  it('organization variables need a visibility on create and keep it on an update that names none', async () => {
    const base = `${org()}/actions/variables`;
    expect((await gh(ctx.emu, 'POST', base, { name: 'K', value: 'a' })).status).toBe(422);
    expect((await gh(ctx.emu, 'POST', base, { name: 'K', value: 'a', visibility: 'private' })).status).toBe(201);
    expect((await gh(ctx.emu, 'PATCH', `${base}/K`, { value: 'b' })).status).toBe(204);
    expect((await gh(ctx.emu, 'GET', `${base}/K`)).json).toMatchObject({ value: 'b', visibility: 'private' });
  });

  it('variables follow their own grant: read cannot create (403), none cannot even read (403)', async () => {
    ctx.emu.github.addToken('variables-read', {
      secrets: 'write',
      variables: 'read',
    });
    const base = `${repo()}/actions/variables`;
    expect((await gh(ctx.emu, 'POST', base, { name: 'K', value: 'a' }, 'variables-read')).status).toBe(403);
    expect((await gh(ctx.emu, 'GET', `${base}/K`, undefined, 'variables-read')).status).toBe(404);
    ctx.emu.github.addToken('variables-none', {
      secrets: 'write',
      variables: 'none',
    });
    expect((await gh(ctx.emu, 'GET', `${base}/K`, undefined, 'variables-none')).status).toBe(403);
  });

  it("an org secret's selected repositories are listed; for another visibility the list is a 409", async () => {
    const key = await gh(ctx.emu, 'GET', `${org()}/actions/secrets/public-key`);
    const repoId = (await gh(ctx.emu, 'GET', repo())).json!['id'];
    for (const [name, extra] of [
      ['SELECTED', { visibility: 'selected', selected_repository_ids: [repoId] }],
      ['PRIVATE', { visibility: 'private' }],
    ] as const)
      await gh(ctx.emu, 'PUT', `${org()}/actions/secrets/${name}`, {
        encrypted_value: await seal(key.json!['key'] as string, 'v'),
        key_id: key.json!['key_id'],
        ...extra,
      });
    const listed = await gh(ctx.emu, 'GET', `${org()}/actions/secrets/SELECTED/repositories`);
    expect(listed.json).toMatchObject({ total_count: 1, repositories: [{ id: repoId }] });
    expect((await gh(ctx.emu, 'GET', `${org()}/actions/secrets/PRIVATE/repositories`)).status).toBe(409);
    expect((await gh(ctx.emu, 'GET', `${org()}/actions/secrets/SELECTED`)).json).toMatchObject({
      visibility: 'selected',
      selected_repositories_url: expect.stringContaining('/actions/secrets/SELECTED/repositories'),
    });
  });
});
