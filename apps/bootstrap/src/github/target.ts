import { fail } from '../errors/catalog.js';

export type SecretTarget =
  | { kind: 'repository'; owner: string; repo: string }
  | { kind: 'environment'; owner: string; repo: string; environment: string }
  | {
      kind: 'organization';
      org: string;
      /** Undefined: keep the audience of what exists (a new secret or variable then needs one). */
      visibility: 'all' | 'private' | 'selected' | undefined;
      selectedRepos: string[];
    };

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `owner/name`, as GitHub allows them. */
export function parseRepoSlug(slug: string, flag = '--repo'): { owner: string; repo: string } {
  const parts = slug.split('/');
  if (parts.length !== 2 || !OWNER.test(parts[0]!) || !REPO.test(parts[1]!) || parts[1] === '.' || parts[1] === '..')
    throw fail('repoSlugInvalid', { flag });
  return { owner: parts[0]!, repo: parts[1]!.replace(/\.git$/, '') };
}

/** The host and `owner/name` of a git remote URL (https, ssh or scp-like), or undefined. */
export function repoFromRemoteUrl(remote: string): { host: string; owner: string; repo: string } | undefined {
  const trimmed = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(trimmed);
  const url = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(trimmed);
  const match = scp ?? url;
  if (!match || !OWNER.test(match[2]!) || !REPO.test(match[3]!)) return undefined;
  return { host: match[1]!.toLowerCase(), owner: match[2]!, repo: match[3]! };
}

/**
 * The web host of the GitHub whose API is at `apiUrl`: github.com for api.github.com, the
 * instance's host for GitHub Enterprise Server (`https://HOST/api/v3`), `NAME.ghe.com` for
 * `api.NAME.ghe.com` (host names, without ports: git remotes use other ports). A remote on any
 * other host is not this GitHub's repository.
 */
export function gitHubWebHost(apiUrl: string): string {
  const host = new URL(apiUrl).hostname.toLowerCase();
  return host.startsWith('api.') ? host.slice(4) : host;
}

export function checkEnvironmentName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (name.trim() === '' || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name)) throw fail('environmentInvalid');
  return name;
}

export function checkOrgName(name: string): string {
  if (!OWNER.test(name)) throw fail('orgInvalid');
  return name;
}

/** GitHub's rule for secret names: letters, digits, underscores; not starting with a digit or GITHUB_. */
export function checkSecretName(name: string, flag = '--secret-name'): string {
  if (!SECRET_NAME.test(name) || /^GITHUB_/i.test(name))
    throw fail('secretNameInvalid', { flag, name: name.replace(/[^\x20-\x7e]/g, '?').slice(0, 60) });
  return name.toUpperCase();
}

export function describeTarget(target: SecretTarget): string {
  switch (target.kind) {
    case 'repository':
      return `repository ${target.owner}/${target.repo}`;
    case 'environment':
      return `environment "${target.environment}" of ${target.owner}/${target.repo}`;
    case 'organization':
      if (target.visibility === undefined) return `organization ${target.org} (visibility kept)`;
      return `organization ${target.org} (visibility: ${target.visibility}${target.visibility === 'selected' ? `: ${target.selectedRepos.join(', ')}` : ''})`;
  }
}
