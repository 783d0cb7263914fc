import type { SecretTarget } from './target.js';
import { statusOf } from './errors.js';

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

/** How long one GitHub request may take, retries aside: three tries stay within two minutes. */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000;

/** What a request touched: Actions or Dependabot secrets, or Actions variables. */
export type GitHubStore = 'actions' | 'dependabot' | 'variables';

export function pathParameters(target: SecretTarget): Record<string, string> {
  return target.kind === 'organization'
    ? { org: target.org }
    : target.kind === 'environment'
      ? { owner: target.owner, repo: target.repo, environment_name: target.environment }
      : { owner: target.owner, repo: target.repo };
}

/** The REST path of a target's secrets (`actions` or `dependabot`) or variables, and then `leaf`. */
export function routeFor(target: SecretTarget, leaf: string, store: GitHubStore = 'actions'): string {
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

export const headers = { 'x-github-api-version': GITHUB_API_VERSION };

export const ATTEMPTS = 3;

/**
 * GitHub calls here are idempotent (GET a key, PUT a whole secret), so a 5xx or a dropped
 * connection is retried, twice at most, with a short growing wait. 4xx answers are final.
 */
export async function request(
  github: GitHubRequester,
  route: string,
  parameters: Record<string, unknown>,
  sleep = delay,
) {
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

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
