import { BootstrapError } from '../errors/bootstrap-error.js';
import type { SecretTarget } from './target.js';
import { gitHubFailure, statusOf } from './errors.js';
import { type GitHubRequester, headers, request, routeFor } from './request.js';
import type { OrgVisibility } from './secrets.js';

/** Looks up repository ids for an organization secret with visibility `selected`. */
export async function repositoryIds(github: GitHubRequester, org: string, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    try {
      const { data } = await request(github, 'GET /repos/{owner}/{repo}', { owner: org, repo: name, headers });
      ids.push((data as { id: number }).id);
    } catch (error) {
      throw gitHubFailure(
        error,
        { kind: 'repository', owner: org, repo: name },
        'looking up a selected repository',
        github,
      );
    }
  }
  return ids;
}

/** A repository's ID and its owner's (`GET /repos/{owner}/{repo}`: `id`, `owner.id`), as the OIDC claims carry them: strings. */
export async function readRepositoryIds(
  github: GitHubRequester,
  owner: string,
  repo: string,
): Promise<{ repositoryId: string; ownerId: string }> {
  const { data } = await request(github, 'GET /repos/{owner}/{repo}', { owner, repo, headers });
  const repositoryId = (data as { id?: unknown } | null)?.id;
  const ownerId = (data as { owner?: { id?: unknown } } | null)?.owner?.id;
  if (!Number.isSafeInteger(repositoryId) || !Number.isSafeInteger(ownerId))
    throw new Error('the repository answer has no numeric id and owner.id');
  return { repositoryId: String(repositoryId), ownerId: String(ownerId) };
}

/** At most this many pages of 100 are read: 100,000 repositories, beyond any organization's secret. */
export const MAX_PAGES = 1000;

/** Every page of a list of repositories, following GitHub's `Link: <…>; rel="next"` (a PUT must name them all). */
export async function everyRepositoryId(
  github: GitHubRequester,
  route: string,
  where: Record<string, unknown>,
): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const listed = await request(github, route, { ...where, per_page: 100, page });
    const repositories = (listed.data as { repositories?: { id?: unknown }[] }).repositories ?? [];
    ids.push(...repositories.map((repo) => Number(repo.id)));
    if (repositories.length === 0 || !/rel="next"/.test(String(listed.headers?.['link'] ?? ''))) return ids;
  }
  throw new Error(`more than ${MAX_PAGES} pages of selected repositories`);
}

/**
 * An organization secret's current audience, or undefined when it does not exist: an update must
 * send it again, or GitHub replaces it (reference: cli/cli#8110).
 */
export async function readOrgAudience(
  github: GitHubRequester,
  target: Extract<SecretTarget, { kind: 'organization' }>,
  name: string,
  store: 'actions' | 'dependabot',
): Promise<OrgVisibility | undefined> {
  const where = { org: target.org, secret_name: name, headers };
  try {
    const { data } = await request(github, `GET ${routeFor(target, '/{secret_name}', store)}`, where);
    const visibility = (data as { visibility?: unknown }).visibility;
    if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
      throw new Error(`${name} has no visibility GitHub documents`);
    if (visibility !== 'selected') return { visibility, selectedRepositoryIds: undefined };
    const route = `GET ${routeFor(target, '/{secret_name}/repositories', store)}`;
    return { visibility, selectedRepositoryIds: await everyRepositoryId(github, route, where) };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    if (error instanceof BootstrapError) throw error;
    throw gitHubFailure(error, target, `reading ${name}`, github, store);
  }
}
