import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../src/tag-action-release.mjs');
const identity = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

/** A clone with a bare "origin", both real git repositories in a temp directory. */
function repository() {
  const base = mkdtempSync(join(tmpdir(), 'tag-release-'));
  const origin = join(base, 'origin.git');
  const clone = join(base, 'clone');
  const git = (cwd, ...args) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...identity } }).trim();
  git(base, 'init', '--quiet', '--bare', origin);
  git(base, 'clone', '--quiet', origin, clone);
  mkdirSync(join(clone, 'packages/action'), { recursive: true });
  const release = (version) => {
    writeFileSync(
      join(clone, 'packages/action/package.json'),
      JSON.stringify({ name: '@dropbox-token/action', version }),
    );
    git(clone, 'add', '.');
    git(clone, 'commit', '--quiet', '-m', `release ${version}`);
    git(clone, 'push', '--quiet', 'origin', 'HEAD');
    return execFileSync(process.execPath, [CLI], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, ...identity },
    });
  };
  const tagAt = (tag) => git(origin, 'rev-parse', `${tag}^{commit}`);
  const head = () => git(clone, 'rev-parse', 'HEAD');
  return { release, tagAt, head, git: (...args) => git(clone, ...args) };
}

// Each test runs a score of git processes: 1 s alone, over 5 s while the rest of the suite loads both cores.
describe('tag-action-release, against a real git remote', { timeout: 30_000 }, () => {
  it('tags each stable release, moves v1 along, and leaves v1 alone for a prerelease', () => {
    const repo = repository();
    repo.release('1.0.0');
    const first = repo.head();
    expect(repo.tagAt('v1.0.0')).toBe(first);
    expect(repo.tagAt('v1')).toBe(first);

    repo.release('1.1.0');
    const second = repo.head();
    expect(repo.tagAt('v1.1.0')).toBe(second);
    expect(repo.tagAt('v1')).toBe(second);

    const output = repo.release('1.2.0-rc.1');
    expect(output).toContain('prerelease');
    expect(repo.tagAt('v1.2.0-rc.1')).toBe(repo.head());
    expect(repo.tagAt('v1')).toBe(second);
  });

  it('--dry-run only says what it would do', () => {
    const repo = repository();
    repo.git('commit', '--quiet', '--allow-empty', '-m', 'start');
    writeFileSync(
      join(repo.git('rev-parse', '--show-toplevel'), 'packages/action/package.json'),
      JSON.stringify({ version: '1.0.0' }),
    );
    const output = execFileSync(process.execPath, [CLI, '--dry-run'], {
      cwd: repo.git('rev-parse', '--show-toplevel'),
      encoding: 'utf8',
    });
    expect(output).toContain('would run: git tag v1.0.0');
    expect(output).toContain('would run: git push --force origin refs/tags/v1');
    expect(repo.git('tag', '--list')).toBe('');
  });
});
