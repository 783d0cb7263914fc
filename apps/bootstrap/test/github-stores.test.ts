import { codeFromPage, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { baseArgs, githubEnv } from './run-cli.js';

/** Where the values go: Dependabot copies, variables, and organization audiences kept or set. */
describe('GitHub stores, in-process (paste flow)', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const bootstrap = (args: string[], env: Record<string, string> = {}) =>
    runInProcess([...baseArgs(ctx.emu), ...args], {
      env: { ...githubEnv(ctx.emu), ...env },
      onAuthorizeUrl: (url) => codeFromPage(url),
    });
  const org = () => ({ org: ctx.emu.github.organization });

  it('--dependabot writes each secret to the Dependabot secrets too, sealed with their own key', async () => {
    const run = await bootstrap(
      ['--repo', ctx.emu.github.repository, '--store-app-credentials', '--app-key-as-secret', '--dependabot'],
      { DROPBOX_APP_SECRET: ctx.emu.app.secret },
    );
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    const repo = ctx.emu.github.repository;
    const names = ['DROPBOX_REFRESH_TOKEN', 'DROPBOX_APP_KEY', 'DROPBOX_APP_SECRET'];
    expect(ctx.emu.github.secretNames(repo).sort()).toEqual([...names].sort());
    expect(ctx.emu.github.secretNames(repo, 'dependabot').sort()).toEqual([...names].sort());
    for (const name of names)
      expect(ctx.emu.github.secret(repo, name, 'dependabot')).toBe(ctx.emu.github.secret(repo, name));
    expect(ctx.emu.github.variable(repo, 'DROPBOX_APP_KEY')).toBeUndefined();
    expect(run.stdout).toContain('DROPBOX_REFRESH_TOKEN (Dependabot secret)  created');
    expect(run.stdout).toContain('app-key: ${{ secrets.DROPBOX_APP_KEY }}');
    expect(run.stdout).toContain('Runs that Dependabot triggers read the Dependabot copies');
    // Both keys were read before the browser opened.
    const keys = ctx.emu.requests.filter((r) => r.path.endsWith('/public-key')).map((r) => r.path);
    expect(keys.slice(0, 2)).toEqual([
      `/repos/${repo}/actions/secrets/public-key`,
      `/repos/${repo}/dependabot/secrets/public-key`,
    ]);
  });

  it('a new organization secret without --visibility stops before the browser opens', async () => {
    const run = await bootstrap(['--org', ctx.emu.github.organization]);
    expect(run.code).toBe(1);
    expect(run.failure).toBe('orgNeedsVisibility');
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/authorize')).toBe(false);
  });

  it('updating an organization secret without --visibility keeps its visibility and selected repositories', async () => {
    const selected = ['--visibility', 'selected', '--selected-repos', ctx.emu.github.repository.split('/')[1]!];
    const first = await bootstrap([
      '--org',
      ctx.emu.github.organization,
      ...selected,
      '--dependabot',
      '--store-app-credentials',
    ]);
    expect(first.stderr).not.toMatch(/error:/);
    expect(first.code).toBe(0);
    const audience = (kind: 'actions' | 'dependabot') => {
      const stored = ctx.emu.github.state.store(org(), kind)!.secrets.get('DROPBOX_REFRESH_TOKEN')!;
      return { visibility: stored.visibility, ids: stored.selectedRepositoryIds };
    };
    const repoId = ctx.emu.github.state.repositories.get(ctx.emu.github.repository.toLowerCase())!.id;
    expect(audience('actions')).toEqual({ visibility: 'selected', ids: [repoId] });
    expect(ctx.emu.github.state.scope(org())!.variables.get('DROPBOX_APP_KEY')!.visibility).toBe('selected');

    const second = await bootstrap(['--org', ctx.emu.github.organization, '--dependabot', '--store-app-credentials']);
    expect(second.stderr).not.toMatch(/error:/);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('DROPBOX_REFRESH_TOKEN  updated');
    expect(second.stdout).toContain('DROPBOX_APP_KEY (variable)  updated');
    for (const kind of ['actions', 'dependabot'] as const)
      expect(audience(kind)).toEqual({ visibility: 'selected', ids: [repoId] });
    expect(ctx.emu.github.state.scope(org())!.variables.get('DROPBOX_APP_KEY')!.selectedRepositoryIds).toEqual([
      repoId,
    ]);
    // The PATCH of the existing variable named no audience, so GitHub kept it.
    const patch = ctx.emu.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.body).toEqual({ value: ctx.emu.app.key });
  });

  it('keeps all 150 selected repositories of an organization secret, read page by page (GitHub pages them by 100)', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `repo-${i}`);
    for (const name of names)
      ctx.emu.github.addRepository(`${ctx.emu.github.organization}/${name}`, { visibleToSeededToken: true });
    const first = await bootstrap([
      '--org',
      ctx.emu.github.organization,
      '--visibility',
      'selected',
      '--selected-repos',
      names.join(','),
    ]);
    expect(first.stderr).not.toMatch(/error:/);
    expect(first.code).toBe(0);
    const ids = () =>
      ctx.emu.github.state.store(org(), 'actions')!.secrets.get('DROPBOX_REFRESH_TOKEN')!.selectedRepositoryIds;
    expect(ids()).toHaveLength(150);
    const before = [...ids()!].sort();
    const second = await bootstrap(['--org', ctx.emu.github.organization]);
    expect(second.stderr).not.toMatch(/error:/);
    expect(second.code).toBe(0);
    expect([...ids()!].sort()).toEqual(before);
    const pages = ctx.emu.requests.filter((r) => r.path.endsWith('/DROPBOX_REFRESH_TOKEN/repositories'));
    expect(pages.map((r) => r.query['page'])).toEqual(['1', '2']);
  });

  it('a token that may write secrets but not variables is refused before the browser opens', async () => {
    ctx.emu.github.addToken('secrets-only', {
      secrets: 'write',
      variables: 'none',
    });
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository, '--store-app-credentials'],
      {
        env: githubEnv(ctx.emu, 'secrets-only'),
        onAuthorizeUrl: (url) => codeFromPage(url),
      },
    );
    expect(run.code).toBe(1);
    expect(run.failure).toBe('gitHubForbidden');
    expect(run.stderr).toContain('reading the variable DROPBOX_APP_KEY');
    expect(run.stderr).toContain('"Variables: write"');
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/authorize')).toBe(false);
  });
});
