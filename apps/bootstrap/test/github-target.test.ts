import { describe, expect, it } from 'vitest';
import {
  checkEnvironmentName,
  checkSecretName,
  describeTarget,
  gitHubWebHost,
  parseRepoSlug,
  repoFromRemoteUrl,
} from '../src/github/target.js';

describe('GitHub targets', () => {
  it.each([
    ['https://github.com/octo-org/website.git', 'github.com octo-org/website'],
    ['https://github.com/octo-org/website', 'github.com octo-org/website'],
    ['git@github.com:octo-org/website.git', 'github.com octo-org/website'],
    ['ssh://git@github.example.com:2222/octo-org/web.site.git', 'github.example.com octo-org/web.site'],
    ['https://user@GHE.example.com/octo-org/website/', 'ghe.example.com octo-org/website'],
    ['git@gitlab.com:octo-org/website.git', 'gitlab.com octo-org/website'],
  ])('reads %s as %s', (remote, expected) => {
    const parsed = repoFromRemoteUrl(remote)!;
    expect(`${parsed.host} ${parsed.owner}/${parsed.repo}`).toBe(expected);
  });

  it.each([
    ['https://api.github.com', 'github.com'],
    ['https://ghe.example.com/api/v3', 'ghe.example.com'],
    ['https://api.octo.ghe.com', 'octo.ghe.com'],
    ['http://127.0.0.1:8976', '127.0.0.1'],
  ])('the GitHub at %s is the web host %s', (apiUrl, host) => {
    expect(gitHubWebHost(apiUrl)).toBe(host);
  });

  it('rejects what is not a GitHub remote', () => {
    expect(repoFromRemoteUrl('/local/path')).toBeUndefined();
    expect(repoFromRemoteUrl('https://example.com/a/b/c')).toBeUndefined();
  });

  it('validates slugs, secret names and environment names', () => {
    expect(parseRepoSlug('octo-org/website')).toEqual({ owner: 'octo-org', repo: 'website' });
    for (const bad of ['octo', 'a/b/c', '-x/y', 'x/..', 'x/a b'])
      expect(() => parseRepoSlug(bad)).toThrow(/owner\/name/);
    expect(checkSecretName('dropbox_token')).toBe('DROPBOX_TOKEN');
    for (const bad of ['1A', 'GITHUB_X', 'github_x', 'A-B', ''])
      expect(() => checkSecretName(bad)).toThrow(/not a valid GitHub secret name/);
    expect(checkEnvironmentName('prod/eu')).toBe('prod/eu');
    expect(() => checkEnvironmentName(' ')).toThrow();
    expect(() => checkEnvironmentName('a\nb')).toThrow();
  });

  it('describes an organization target with its visibility', () => {
    expect(describeTarget({ kind: 'organization', org: 'o', visibility: 'selected', selectedRepos: ['a', 'b'] })).toBe(
      'organization o (visibility: selected: a, b)',
    );
  });
});
