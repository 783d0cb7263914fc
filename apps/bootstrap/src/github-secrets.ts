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

/** Turns a GitHub failure into an error that names the fix. Never includes the token or a value. */
export function gitHubFailure(
  error: unknown,
  target: SecretTarget,
  action: string,
  github: GitHubRequester,
): BootstrapError {
  const status = statusOf(error);
  const where = describeTarget(target);
  if (timedOut(error))
    return fail('gitHubTimeout', { action, seconds: (github.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS) / 1000 });
  switch (status) {
    case 401:
      return fail('gitHubUnauthorized', { action });
    case 403:
      return fail('gitHubForbidden', {
        action,
        where,
        fix:
          target.kind === 'organization'
            ? 'Use a classic token with the admin:org scope (plus repo for private repositories), or a fine-grained token or GitHub App with the organization "Secrets" permission (write).'
            : target.kind === 'environment'
              ? 'Use a fine-grained token with "Secrets: write" and "Environments: write" on the repository, or a classic token with the repo scope. The workflow GITHUB_TOKEN cannot write secrets.'
              : 'Use a fine-grained token with "Secrets: write" on the repository, or a classic token with the repo scope. The workflow GITHUB_TOKEN cannot write secrets.',
      });
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

function routeFor(target: SecretTarget, leaf: string): string {
  switch (target.kind) {
    case 'repository':
      return `/repos/{owner}/{repo}/actions/secrets/${leaf}`;
    case 'environment':
      return `/repos/{owner}/{repo}/environments/{environment_name}/secrets/${leaf}`;
    case 'organization':
      return `/orgs/{org}/actions/secrets/${leaf}`;
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
export async function getPublicKey(github: GitHubRequester, target: SecretTarget): Promise<PublicKey> {
  try {
    const answer = await request(github, `GET ${routeFor(target, 'public-key')}`, {
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
    throw gitHubFailure(error, target, 'reading the secrets public key', github);
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

export type WriteResult = 'created' | 'updated';

/**
 * Stores one secret: fetches the target's public key immediately before sealing, always sends
 * `key_id`, and on a 422 (a key rotated meanwhile) fetches the key again and retries once.
 */
export async function storeSecret(
  github: GitHubRequester,
  target: SecretTarget,
  name: string,
  value: string,
  selectedRepositoryIds?: number[],
): Promise<WriteResult> {
  for (let attempt = 1; ; attempt++) {
    const key = await getPublicKey(github, target);
    const body: Record<string, unknown> = { encrypted_value: await sealSecret(key.key, value), key_id: key.key_id };
    if (target.kind === 'organization') {
      body['visibility'] = target.visibility;
      if (target.visibility === 'selected') body['selected_repository_ids'] = selectedRepositoryIds ?? [];
    }
    try {
      const { status } = await request(github, `PUT ${routeFor(target, '{secret_name}')}`, {
        ...pathParameters(target),
        secret_name: name,
        ...body,
        headers,
      });
      return status === 201 ? 'created' : 'updated';
    } catch (error) {
      if (statusOf(error) === 422 && attempt === 1) continue;
      if (statusOf(error) === 422) throw fail('sealedValueRefused', { name });
      throw gitHubFailure(error, target, `writing ${name}`, github);
    }
  }
}
