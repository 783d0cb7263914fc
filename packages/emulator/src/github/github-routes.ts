import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBearer, sendJson } from '../http-util.js';
import {
  type GitHubState,
  type SecretKind,
  type SecretScope,
  type SecretStore,
  type TokenGrant,
  openSealed,
  publicKeyBase64,
} from './github-state.js';
import { pageOf } from './pagination.js';
import { repositoryJson } from './repository-json.js';

const DOCS = 'https://docs.github.com/rest/actions/secrets';
const VARIABLES_DOCS = 'https://docs.github.com/rest/actions/variables';
const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'];
// GitHub's pattern for standard base64 with padding (rest-api-description#1688).
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
// Secret and variable names: [A-Za-z0-9_], not starting with a digit or GITHUB_ (reference).
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME_RULE =
  'names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number, and must not start with the GITHUB_ prefix.';

function error(res: ServerResponse, status: number, message: string, docs = DOCS): void {
  sendJson(res, status, { message, documentation_url: docs, status: String(status) });
}

/** A repository, one of its environments, or an organization. */
interface ScopeRef {
  kind: 'repo' | 'environment' | 'org';
  repo?: string;
  environment?: string;
  org?: string;
}

type Route =
  | { resource: 'repository'; scope: ScopeRef }
  /** `leaf`: `public-key` or a secret name; `repositories`: the selected repositories of an org secret. */
  | { resource: 'secrets'; kind: SecretKind; scope: ScopeRef; leaf: string; repositories: boolean }
  /** `leaf` undefined: the collection (POST creates). */
  | { resource: 'variables'; scope: ScopeRef; leaf: string | undefined };

function secretsRoute(scope: ScopeRef, app: string, rest: string[]): Route | undefined {
  const kind = app === 'actions' ? 'actions' : app === 'dependabot' ? 'dependabot' : undefined;
  if (kind === undefined || (kind === 'dependabot' && scope.kind === 'environment')) return undefined;
  const [leaf, extra] = rest;
  if (leaf === undefined || rest.length > 2) return undefined;
  if (extra !== undefined && (extra !== 'repositories' || scope.kind !== 'org')) return undefined;
  return { resource: 'secrets', kind, scope, leaf, repositories: extra !== undefined };
}

/** `/repos/{o}/{r}`, and under a scope `…/{actions|dependabot}/secrets/…` and `…/actions/variables/…`. */
function matchRoute(segments: string[]): Route | undefined {
  const [first, a, b, ...rest] = segments;
  let scope: ScopeRef;
  let tail: string[];
  if (first === 'repos' && a && b) {
    if (rest.length === 0) return { resource: 'repository', scope: { kind: 'repo', repo: `${a}/${b}` } };
    if (rest[0] === 'environments' && rest[1]) {
      scope = { kind: 'environment', repo: `${a}/${b}`, environment: rest[1] };
      // Environment routes have no `actions/` segment: …/environments/{name}/secrets/….
      tail = ['actions', ...rest.slice(2)];
    } else {
      scope = { kind: 'repo', repo: `${a}/${b}` };
      tail = rest;
    }
  } else if (first === 'orgs' && a) {
    scope = { kind: 'org', org: a };
    tail = [b ?? '', ...rest];
  } else return undefined;
  const [app, collection, ...leafs] = tail;
  if (collection === 'secrets') return secretsRoute(scope, app ?? '', leafs);
  if (app === 'actions' && collection === 'variables' && leafs.length <= 1)
    return { resource: 'variables', scope, leaf: leafs[0] };
  return undefined;
}

function canSee(grant: TokenGrant, scope: ScopeRef): boolean {
  if (scope.org !== undefined) return grant.organizations.some((o) => o.toLowerCase() === scope.org!.toLowerCase());
  return grant.repositories.some((r) => r.toLowerCase() === scope.repo!.toLowerCase());
}

function permission(grant: TokenGrant, route: Route): 'write' | 'read' | 'none' {
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

/** The JSON body of a write, or undefined after answering 400. */
function jsonBody(res: ServerResponse, rawBody: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(rawBody);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {}
  error(res, 400, 'Problems parsing JSON');
  return undefined;
}

type Visibility = 'all' | 'private' | 'selected';

/** Organization `visibility` and `selected_repository_ids` (Dependabot's may be strings), or an error message. */
function readVisibility(
  body: Record<string, unknown>,
  route: Route,
  required: boolean,
): string | { visibility: Visibility | undefined; selected: number[] | undefined } {
  if (route.scope.kind !== 'org') {
    if ('visibility' in body || 'selected_repository_ids' in body)
      return 'Invalid request.\n\nvisibility is only valid for organization secrets and variables.';
    return { visibility: undefined, selected: undefined };
  }
  const v = body['visibility'];
  if (v === undefined && !required) return { visibility: undefined, selected: undefined };
  if (v !== 'all' && v !== 'private' && v !== 'selected')
    return 'Invalid request.\n\nvisibility must be one of: all, private, selected.';
  const ids = body['selected_repository_ids'];
  if (ids === undefined) return { visibility: v, selected: undefined };
  const stringsAllowed = route.resource === 'secrets' && route.kind === 'dependabot';
  const valid = (id: unknown) => Number.isInteger(id) || (stringsAllowed && typeof id === 'string' && /^\d+$/.test(id));
  if (!Array.isArray(ids) || !ids.every(valid))
    return 'Invalid request.\n\nselected_repository_ids must be an array of integers.';
  if (v !== 'selected') return 'selected_repository_ids can only be set when visibility is selected.';
  return { visibility: v, selected: ids.map(Number) };
}

function stampOf(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
  if (typeof version === 'string' && !SUPPORTED_API_VERSIONS.includes(version)) {
    error(
      res,
      400,
      `The '${version}' API version is not supported.`,
      'https://docs.github.com/rest/about-the-rest-api/api-versions',
    );
    return;
  }
  let segments: string[];
  try {
    segments = path
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s));
  } catch {
    error(res, 404, 'Not Found', 'https://docs.github.com/rest');
    return;
  }
  const route = matchRoute(segments);
  if (route === undefined) {
    error(res, 404, 'Not Found', 'https://docs.github.com/rest');
    return;
  }
  const token = parseBearer(req.headers.authorization);
  const grant = token === undefined ? undefined : state.tokens.get(token);
  if (grant === undefined) {
    error(
      res,
      401,
      token === undefined ? 'Requires authentication' : 'Bad credentials',
      'https://docs.github.com/rest',
    );
    return;
  }
  // Classic and OAuth tokens: their scopes on every authenticated answer (reference, "X-OAuth-Scopes").
  if (grant.oauthScopes !== undefined) res.setHeader('x-oauth-scopes', grant.oauthScopes.join(', '));
  // GitHub answers 404 (not 403) for what a token cannot see, so as not to reveal it exists.
  const scope = scopeOf(state, route.scope);
  if (scope === undefined || !canSee(grant, route.scope)) {
    error(res, 404, 'Not Found');
    return;
  }
  const access = permission(grant, route);
  const forbidden = () => error(res, 403, 'Resource not accessible by personal access token');
  const call: Call = { req, res, rawBody, state, now, access, forbidden };
  if (route.resource === 'repository') {
    if (req.method !== 'GET') return error(res, 404, 'Not Found');
    sendJson(res, 200, repositoryJson(scope as never, `http://${req.headers.host ?? '127.0.0.1'}`));
    return;
  }
  if (route.resource === 'variables') return handleVariable(call, route, scope);
  const store = route.kind === 'actions' ? scope : scope.dependabot;
  if (store === undefined) return error(res, 404, 'Not Found');
  return handleSecret(call, route, store);
}

interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  rawBody: string;
  state: GitHubState;
  now: number;
  access: 'write' | 'read' | 'none';
  forbidden: () => void;
}

type SecretRoute = Extract<Route, { resource: 'secrets' }>;

/** Public key, read, write, and an org secret's selected repositories. */
function handleSecret(call: Call, route: SecretRoute, store: SecretStore): void {
  const { req, res, access } = call;
  const leaf = route.leaf;
  if (leaf === 'public-key' && !route.repositories) {
    if (req.method !== 'GET') return error(res, 404, 'Not Found');
    if (access === 'none') return call.forbidden();
    sendJson(res, 200, { key_id: store.key.keyId, key: publicKeyBase64(store.key) });
    return;
  }
  const stored = store.secrets.get(leaf.toUpperCase());
  if (req.method === 'GET') {
    if (access === 'none') return call.forbidden();
    if (stored === undefined) return error(res, 404, 'Not Found');
    if (route.repositories) return selectedRepositories(call, stored.visibility, stored.selectedRepositoryIds);
    const body: Record<string, unknown> = {
      name: leaf.toUpperCase(),
      created_at: stored.createdAt,
      updated_at: stored.updatedAt,
    };
    if (stored.visibility !== undefined) body['visibility'] = stored.visibility;
    if (stored.visibility === 'selected')
      body['selected_repositories_url'] =
        `http://${req.headers.host}/orgs/${route.scope.org}/${route.kind}/secrets/${leaf.toUpperCase()}/repositories`;
    sendJson(res, 200, body);
    return;
  }
  if (req.method !== 'PUT' || route.repositories) return error(res, 404, 'Not Found');
  if (access !== 'write') return call.forbidden();
  putSecret(call, route, leaf, store);
}

/**
 * `GET /orgs/{org}/{actions|dependabot}/secrets/{name}/repositories` (and the same for variables):
 * the repositories a `selected` secret is shared with. UNCONFIRMED: the answer for another visibility;
 * we answer 409, as GitHub does for the other selected-repository endpoints.
 */
function selectedRepositories(call: Call, visibility: string | undefined, ids: number[] | undefined): void {
  if (visibility !== 'selected') return error(call.res, 409, `The visibility is ${visibility}, not selected.`);
  const repositories = [...call.state.repositories.values()].filter((repo) => (ids ?? []).includes(repo.id));
  const page = pageOf(call.req, call.res, repositories);
  const base = `http://${call.req.headers.host ?? '127.0.0.1'}`;
  sendJson(call.res, 200, {
    total_count: repositories.length,
    repositories: page.map((repo) => repositoryJson(repo, base)),
  });
}

function putSecret(call: Call, route: SecretRoute, name: string, store: SecretStore) {
  const { res } = call;
  if (!NAME.test(name) || name.toUpperCase().startsWith('GITHUB_')) return error(res, 422, `Secret ${NAME_RULE}`);
  const body = jsonBody(res, call.rawBody);
  if (body === undefined) return;
  const encrypted = body['encrypted_value'];
  const keyId = body['key_id'];
  if (typeof encrypted !== 'string' || !BASE64_PATTERN.test(encrypted))
    return error(res, 422, 'Invalid request.\n\nencrypted_value does not match the base64 pattern.');
  if (keyId === undefined || keyId === null || keyId === '') return error(res, 422, "key_id wasn't supplied");
  if (typeof keyId !== 'string') return error(res, 422, 'Invalid request.\n\nkey_id is not a string.');
  if (keyId !== store.key.keyId)
    return error(res, 422, 'Bad request - key_id is stale or does not belong to this target');
  try {
    openSealed(encrypted, store.key);
  } catch {
    return error(res, 422, 'Bad request - improperly encrypted secret');
  }
  // An org secret's PUT must name its visibility, and replaces the stored one (reference: cli/cli#8110).
  const visibility = readVisibility(body, route, true);
  if (typeof visibility === 'string') return error(res, 422, visibility);
  const key = name.toUpperCase();
  const existing = store.secrets.get(key);
  const stamp = stampOf(call.now);
  store.secrets.set(key, {
    encryptedValue: encrypted,
    keyId,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    visibility: visibility.visibility,
    selectedRepositoryIds: visibility.selected,
  });
  if (existing) {
    res.writeHead(204);
    res.end();
  } else {
    sendJson(res, 201, {});
  }
}

type VariableRoute = Extract<Route, { resource: 'variables' }>;

/**
 * Actions variables (`@octokit/openapi`): `POST …/variables` creates (201; 409 when it exists),
 * `PATCH …/variables/{name}` updates (204; 404 when absent), `GET …/variables/{name}` reads.
 * Organization variables carry `visibility` (required on create) like organization secrets.
 */
function handleVariable(call: Call, route: VariableRoute, scope: SecretScope): void {
  const { req, res, access } = call;
  const method = req.method ?? 'GET';
  const name = route.leaf?.toUpperCase();
  if (!(name === undefined ? method === 'POST' : method === 'GET' || method === 'PATCH'))
    return error(res, 404, 'Not Found', VARIABLES_DOCS);
  if (access === 'none' || (method !== 'GET' && access !== 'write')) return call.forbidden();
  const existing = name === undefined ? undefined : scope.variables.get(name);
  if (method === 'GET') {
    if (existing === undefined) return error(res, 404, 'Not Found', VARIABLES_DOCS);
    const body: Record<string, unknown> = {
      name,
      value: existing.value,
      created_at: existing.createdAt,
      updated_at: existing.updatedAt,
    };
    if (existing.visibility !== undefined) body['visibility'] = existing.visibility;
    if (existing.visibility === 'selected')
      body['selected_repositories_url'] =
        `http://${req.headers.host}/orgs/${route.scope.org}/actions/variables/${name}/repositories`;
    sendJson(res, 200, body);
    return;
  }
  const body = jsonBody(res, call.rawBody);
  if (body === undefined) return;
  writeVariable(call, route, scope, name, body);
}

function writeVariable(
  call: Call,
  route: VariableRoute,
  scope: SecretScope,
  pathName: string | undefined,
  body: Record<string, unknown>,
): void {
  const { res } = call;
  const creating = pathName === undefined;
  const name = creating ? body['name'] : (body['name'] ?? pathName);
  const value = body['value'];
  if (typeof name !== 'string' || !NAME.test(name) || name.toUpperCase().startsWith('GITHUB_'))
    return error(res, 422, `Variable ${NAME_RULE}`, VARIABLES_DOCS);
  if (creating ? typeof value !== 'string' : value !== undefined && typeof value !== 'string')
    return error(res, 422, 'Invalid request.\n\nvalue is not a string.', VARIABLES_DOCS);
  const visibility = readVisibility(body, route, creating);
  if (typeof visibility === 'string') return error(res, 422, visibility, VARIABLES_DOCS);
  const key = name.toUpperCase();
  const existing = scope.variables.get(creating ? key : pathName);
  // UNCONFIRMED: the exact message; GitHub answers 409 to creating a variable that exists.
  if (creating && existing !== undefined)
    return error(res, 409, 'Already exists - Variable already exists', VARIABLES_DOCS);
  if (!creating && existing === undefined) return error(res, 404, 'Not Found', VARIABLES_DOCS);
  const stamp = stampOf(call.now);
  if (!creating) scope.variables.delete(pathName);
  scope.variables.set(key, {
    value: (value as string | undefined) ?? existing!.value,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    visibility: visibility.visibility ?? existing?.visibility,
    selectedRepositoryIds: visibility.visibility === undefined ? existing?.selectedRepositoryIds : visibility.selected,
  });
  if (creating) sendJson(res, 201, {});
  else {
    res.writeHead(204);
    res.end();
  }
}

/** The secret store a GitHub path addresses, for the `rotate-key` fault. */
export function targetOfPath(
  path: string,
): { target: { repo: string; environment?: string } | { org: string }; kind: SecretKind } | undefined {
  const segments = path
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s));
  const route = matchRoute(segments);
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
