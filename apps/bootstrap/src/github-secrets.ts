import { BootstrapError } from './bootstrap-error.js';
import { fail } from './messages.js';
import { type SecretTarget, describeTarget } from './github-target.js';
import { sealSecret } from './seal-secret.js';

export const GITHUB_API_VERSION = '2022-11-28';

/** The one Octokit method we need; `@actions/github`'s client provides it, and tests may pass another. */
export interface GitHubRequester {
  /** The bound on each request (default 30 s), for the message when one is exceeded. */
  timeoutMs?: number | undefined;
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ status: number; data: unknown; headers?: Record<string, string | number | undefined> }>;
}

interface PublicKey {
  key_id: string;
  key: string;
  /** A classic or OAuth token's scopes (its `X-OAuth-Scopes` header); undefined for fine-grained and App tokens. */
  tokenScopes: string[] | undefined;
}

function timedOut(error: unknown): boolean {
  const name = (error as Error | null)?.name;
  const causeName = ((error as { cause?: unknown } | null)?.cause as Error | undefined)?.name;
  return name === 'TimeoutError' || causeName === 'TimeoutError';
}

/** How long one GitHub request may take, retries aside: three tries stay within two minutes. */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000;

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What a request touched: Actions or Dependabot secrets, or Actions variables. */
export type GitHubStore = 'actions' | 'dependabot' | 'variables';

/** The permission a 403 lacks, by target and store, worded as the token settings name it. */
function permissionFix(target: SecretTarget, store: GitHubStore): string {
  const what = store === 'variables' ? 'Variables' : store === 'dependabot' ? 'Dependabot secrets' : 'Secrets';
  if (target.kind === 'organization')
    return `Use a classic token with the admin:org scope (plus repo for private repositories), or a fine-grained token or GitHub App with the organization "${what}" permission (write).`;
  const environment = target.kind === 'environment' ? ' and "Environments: write"' : '';
  return `Use a fine-grained token with "${what}: write"${environment} on the repository, or a classic token with the repo scope. The workflow GITHUB_TOKEN cannot write ${store === 'variables' ? 'variables' : 'secrets'}.`;
}

/** Turns a GitHub failure into an error that names the fix. Never includes the token or a value. */
export function gitHubFailure(
  error: unknown,
  target: SecretTarget,
  action: string,
  github: GitHubRequester,
  store: GitHubStore = 'actions',
): BootstrapError {
  const status = statusOf(error);
  const where = describeTarget(target);
  if (timedOut(error))
    return fail('gitHubTimeout', { action, seconds: (github.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS) / 1000 });
  switch (status) {
    case 401:
      return fail('gitHubUnauthorized', { action });
    case 403:
      return fail('gitHubForbidden', { action, where, fix: permissionFix(target, store) });
    case 404:
      return fail('gitHubNotFound', {
        where,
        fix:
          target.kind === 'organization'
            ? 'Check --org, and that the token belongs to a member of that organization.'
            : target.kind === 'environment'
              ? 'Check --repo and --environment (create the environment under Settings → Environments first), and that the token can see the repository.'
              : 'Check --repo (or the origin remote), and that the token can see the repository.',
      });
    default: {
      const message = (error as Error | null)?.message?.split('\n')[0]?.slice(0, 200) ?? String(error);
      return fail('gitHubRequestFailed', {
        action,
        detail: `${status === undefined ? '' : ` (HTTP ${status})`}: ${message}`,
      });
    }
  }
}

function pathParameters(target: SecretTarget): Record<string, string> {
  return target.kind === 'organization'
    ? { org: target.org }
    : target.kind === 'environment'
      ? { owner: target.owner, repo: target.repo, environment_name: target.environment }
      : { owner: target.owner, repo: target.repo };
}

/** The REST path of a target's secrets (`actions` or `dependabot`) or variables, and then `leaf`. */
function routeFor(target: SecretTarget, leaf: string, store: GitHubStore = 'actions'): string {
  const collection = store === 'variables' ? 'variables' : 'secrets';
  const app = store === 'dependabot' ? 'dependabot' : 'actions';
  switch (target.kind) {
    case 'repository':
      return `/repos/{owner}/{repo}/${app}/${collection}${leaf}`;
    case 'environment':
      return `/repos/{owner}/{repo}/environments/{environment_name}/${collection}${leaf}`;
    case 'organization':
      return `/orgs/{org}/${app}/${collection}${leaf}`;
  }
}

const headers = { 'x-github-api-version': GITHUB_API_VERSION };

const ATTEMPTS = 3;

/**
 * GitHub calls here are idempotent (GET a key, PUT a whole secret), so a 5xx or a dropped
 * connection is retried, twice at most, with a short growing wait. 4xx answers are final.
 */
async function request(github: GitHubRequester, route: string, parameters: Record<string, unknown>, sleep = delay) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await github.request(route, parameters);
    } catch (error) {
      const status = statusOf(error);
      const cancelled = (error as Error | null)?.name === 'AbortError';
      const transient = !cancelled && (status === undefined || status >= 500);
      if (!transient || attempt >= ATTEMPTS) throw error;
      await sleep(250 * 2 ** (attempt - 1));
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads the public key of exactly this target. Also the cheapest check that the token can see it. */
export async function getPublicKey(
  github: GitHubRequester,
  target: SecretTarget,
  store: 'actions' | 'dependabot' = 'actions',
): Promise<PublicKey> {
  try {
    const answer = await request(github, `GET ${routeFor(target, '/public-key', store)}`, {
      ...pathParameters(target),
      headers,
    });
    const key = answer.data as { key_id?: unknown; key?: unknown };
    if (typeof key.key_id !== 'string' || typeof key.key !== 'string')
      throw new Error('the public key answer has no key_id or key');
    const scopes = answer.headers?.['x-oauth-scopes'];
    const tokenScopes =
      typeof scopes === 'string'
        ? scopes
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
    return { key_id: key.key_id, key: key.key, tokenScopes };
  } catch (error) {
    if (error instanceof BootstrapError) throw error;
    const what = store === 'dependabot' ? 'the Dependabot secrets public key' : 'the secrets public key';
    throw gitHubFailure(error, target, `reading ${what}`, github, store);
  }
}

/**
 * A classic or OAuth token shows its scopes: one without `repo` (or `admin:org` for an
 * organization) cannot write these secrets, so say so before any code is spent.
 */
export function checkTokenScopes(tokenScopes: string[] | undefined, target: SecretTarget): void {
  if (tokenScopes === undefined) return;
  const needed = target.kind === 'organization' ? 'admin:org' : 'repo';
  if (!tokenScopes.includes(needed)) throw fail('gitHubTokenScopes', { scope: needed, where: describeTarget(target) });
}

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

export type WriteResult = 'created' | 'updated';

/** An organization secret's or variable's audience, as a PUT or POST must name it. */
export interface OrgVisibility {
  visibility: 'all' | 'private' | 'selected';
  selectedRepositoryIds: number[] | undefined;
}

/** The body fields that give an organization secret or variable its audience. */
function audienceFields(audience: OrgVisibility | undefined): Record<string, unknown> {
  if (audience === undefined) return {};
  if (audience.visibility !== 'selected') return { visibility: audience.visibility };
  return { visibility: 'selected', selected_repository_ids: audience.selectedRepositoryIds ?? [] };
}

/**
 * Stores one secret: fetches the target's public key (of that store: Dependabot has its own)
 * immediately before sealing, always sends `key_id`, and on a 422 (a key rotated meanwhile)
 * fetches the key again and retries once. An organization secret's PUT carries `audience`.
 */
export async function storeSecret(
  github: GitHubRequester,
  target: SecretTarget,
  name: string,
  value: string,
  audience: OrgVisibility | undefined,
  store: 'actions' | 'dependabot' = 'actions',
): Promise<WriteResult> {
  for (let attempt = 1; ; attempt++) {
    const key = await getPublicKey(github, target, store);
    const body: Record<string, unknown> = {
      encrypted_value: await sealSecret(key.key, value),
      key_id: key.key_id,
      ...audienceFields(audience),
    };
    try {
      const { status } = await request(github, `PUT ${routeFor(target, '/{secret_name}', store)}`, {
        ...pathParameters(target),
        secret_name: name,
        ...body,
        headers,
      });
      return status === 201 ? 'created' : 'updated';
    } catch (error) {
      if (statusOf(error) === 422 && attempt === 1) continue;
      if (statusOf(error) === 422) throw fail('sealedValueRefused', { name });
      throw gitHubFailure(error, target, `writing ${name}`, github, store);
    }
  }
}

/** At most this many pages of 100 are read: 100,000 repositories, beyond any organization's secret. */
const MAX_PAGES = 1000;

/** Every page of a list of repositories, following GitHub's `Link: <…>; rel="next"` (a PUT must name them all). */
async function everyRepositoryId(
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

/** Whether a variable exists at the target (also the check that the token can read variables there). */
export async function variableExists(github: GitHubRequester, target: SecretTarget, name: string): Promise<boolean> {
  try {
    await request(github, `GET ${routeFor(target, '/{name}', 'variables')}`, {
      ...pathParameters(target),
      name,
      headers,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw gitHubFailure(error, target, `reading the variable ${name}`, github, 'variables');
  }
}

/**
 * Stores an Actions variable (plain text: the app key, which every authorize URL shows): updates
 * one that `exists`, else creates it, updating after all on a 409 (created meanwhile). Without an
 * audience, an update keeps an organization variable's.
 */
export async function storeVariable(
  github: GitHubRequester,
  target: SecretTarget,
  name: string,
  value: string,
  audience: OrgVisibility | undefined,
  exists: boolean,
): Promise<WriteResult> {
  const where = pathParameters(target);
  if (!exists)
    try {
      const body: Record<string, unknown> = { name, value, ...audienceFields(audience) };
      await request(github, `POST ${routeFor(target, '', 'variables')}`, { ...where, ...body, headers });
      return 'created';
    } catch (error) {
      if (statusOf(error) !== 409)
        throw gitHubFailure(error, target, `writing the variable ${name}`, github, 'variables');
    }
  try {
    // Without an audience the PATCH leaves the organization variable's audience as it is.
    const body: Record<string, unknown> = { name, value, ...audienceFields(audience) };
    await request(github, `PATCH ${routeFor(target, '/{name}', 'variables')}`, { ...where, ...body, headers });
    return 'updated';
  } catch (error) {
    throw gitHubFailure(error, target, `writing the variable ${name}`, github, 'variables');
  }
}
