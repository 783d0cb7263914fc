import type { BootstrapError } from '../errors/bootstrap-error.js';
import { fail } from '../errors/catalog.js';
import { type SecretTarget, describeTarget } from './target.js';
import { GITHUB_REQUEST_TIMEOUT_MS, type GitHubRequester, type GitHubStore } from './request.js';

export function timedOut(error: unknown): boolean {
  const name = (error as Error | null)?.name;
  const causeName = ((error as { cause?: unknown } | null)?.cause as Error | undefined)?.name;
  return name === 'TimeoutError' || causeName === 'TimeoutError';
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The permission a 403 lacks, by target and store, worded as the token settings name it. */
export function permissionFix(target: SecretTarget, store: GitHubStore): string {
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
      return fail('gitHubUnauthorized', { action }).refusedByGitHub(401);
    case 403:
      return fail('gitHubForbidden', { action, where, fix: permissionFix(target, store) }).refusedByGitHub(403);
    case 404:
      return fail('gitHubNotFound', {
        where,
        fix:
          target.kind === 'organization'
            ? 'Check --org, and that the token belongs to a member of that organization.'
            : target.kind === 'environment'
              ? 'Check --repo and --environment (create the environment under Settings → Environments first), and that the token can see the repository.'
              : 'Check --repo (or the origin remote), and that the token can see the repository.',
      }).refusedByGitHub(404);
    default: {
      const message = ((error as Error | null)?.message?.split('\n')[0]?.slice(0, 200) ?? String(error)).replace(
        /\.+$/,
        '',
      );
      // Octokit gives a request that got no answer (a dropped connection, a proxy that refused) status 500 and no response.
      const unanswered =
        status === undefined || (status === 500 && (error as { response?: unknown }).response === undefined);
      return fail('gitHubRequestFailed', {
        action,
        detail: unanswered ? `: no answer from GitHub (${message})` : ` (HTTP ${status}): ${message}`,
      });
    }
  }
}
