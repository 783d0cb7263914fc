import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBearer, sendJson } from '../http-util.js';
import { type Call, error } from './github-http.js';
import type { GitHubState, SecretKind, SecretScope, TokenGrant } from './github-state.js';
import { repositoryJson } from './repository-json.js';
import { type CollectionRoute, type ScopeRef, matchRoute, segmentsOf } from './route-match.js';
import { handleSecret } from './secret-routes.js';
import { handleVariable } from './variable-routes.js';

const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'];

function canSee(grant: TokenGrant, scope: ScopeRef): boolean {
  if (scope.org !== undefined) return grant.organizations.some((o) => o.toLowerCase() === scope.org!.toLowerCase());
  return grant.repositories.some((r) => r.toLowerCase() === scope.repo!.toLowerCase());
}

function permission(grant: TokenGrant, route: CollectionRoute): 'write' | 'read' | 'none' {
  const org = route.scope.kind === 'org';
  if (route.resource === 'variables')
    return (org ? grant.orgVariables : grant.variables) ?? (org ? grant.orgSecrets : grant.secrets);
  return org ? grant.orgSecrets : grant.secrets;
}

function scopeOf(state: GitHubState, scope: ScopeRef): SecretScope | undefined {
  if (scope.kind === 'org') return state.organizations.get(scope.org!.toLowerCase());
  const repo = state.repositories.get(scope.repo!.toLowerCase());
  return scope.kind === 'environment' ? repo?.environments.get(scope.environment!) : repo;
}

/** The token's grant, or undefined after answering 401 (and `X-OAuth-Scopes` for a classic token). */
function authenticate(req: IncomingMessage, res: ServerResponse, state: GitHubState): TokenGrant | undefined {
  const token = parseBearer(req.headers.authorization);
  const grant = token === undefined ? undefined : state.tokens.get(token);
  if (grant === undefined) {
    error(
      res,
      401,
      token === undefined ? 'Requires authentication' : 'Bad credentials',
      'https://docs.github.com/rest',
    );
    return undefined;
  }
  // Classic and OAuth tokens list their scopes on every answer; fine-grained and App tokens never (reference).
  if (grant.oauthScopes !== undefined) res.setHeader('x-oauth-scopes', grant.oauthScopes.join(', '));
  return grant;
}

/** The GitHub REST routes for Actions and Dependabot secrets, Actions variables, and `GET /repos/{owner}/{repo}`. */
export async function handleGitHub(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  rawBody: string,
  state: GitHubState,
  now: number,
): Promise<void> {
  const version = req.headers['x-github-api-version'];
  if (typeof version === 'string' && !SUPPORTED_API_VERSIONS.includes(version))
    return error(
      res,
      400,
      `The '${version}' API version is not supported.`,
      'https://docs.github.com/rest/about-the-rest-api/api-versions',
    );
  const segments = segmentsOf(path);
  const route = segments === undefined ? undefined : matchRoute(segments);
  if (route === undefined) return error(res, 404, 'Not Found', 'https://docs.github.com/rest');
  const grant = authenticate(req, res, state);
  if (grant === undefined) return;
  // GitHub answers 404 (not 403) for what a token cannot see, so as not to reveal it exists.
  const scope = scopeOf(state, route.scope);
  if (scope === undefined || !canSee(grant, route.scope)) return error(res, 404, 'Not Found');
  if (route.resource === 'repository') {
    if (req.method !== 'GET') return error(res, 404, 'Not Found');
    return sendJson(res, 200, repositoryJson(scope as never, `http://${req.headers.host ?? '127.0.0.1'}`));
  }
  const forbidden = () => error(res, 403, 'Resource not accessible by personal access token');
  const call: Call = { req, res, rawBody, state, now, access: permission(grant, route), forbidden, route };
  if (route.resource === 'variables') return handleVariable(call, scope);
  const store = route.kind === 'actions' ? scope : scope.dependabot;
  if (store === undefined) return error(res, 404, 'Not Found');
  return handleSecret(call, store);
}

/** The secret store a GitHub path addresses, for the `rotate-key` fault. */
export function targetOfPath(
  path: string,
): { target: { repo: string; environment?: string } | { org: string }; kind: SecretKind } | undefined {
  const segments = segmentsOf(path);
  const route = segments === undefined ? undefined : matchRoute(segments);
  if (route === undefined || route.resource !== 'secrets') return undefined;
  const { scope } = route;
  const target =
    scope.kind === 'org'
      ? { org: scope.org! }
      : scope.kind === 'environment'
        ? { repo: scope.repo!, environment: scope.environment! }
        : { repo: scope.repo! };
  return { target, kind: route.kind };
}
