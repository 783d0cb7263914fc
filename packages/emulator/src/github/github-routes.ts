import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBearer, sendJson } from '../http-util.js';
import { repositoryJson } from './repository-json.js';
import { type GitHubState, type SecretStore, type TokenGrant, openSealed, publicKeyBase64 } from './github-state.js';

const DOCS = 'https://docs.github.com/rest/actions/secrets';
const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'];
// GitHub's pattern for standard base64 with padding (rest-api-description#1688).
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function error(res: ServerResponse, status: number, message: string, docs = DOCS): void {
  sendJson(res, status, { message, documentation_url: docs, status: String(status) });
}

interface Route {
  kind: 'repo' | 'environment' | 'org' | 'repository';
  repo?: string;
  environment?: string;
  org?: string;
  /** `public-key`, a secret name, or undefined for the repository itself. */
  leaf?: string;
}

function matchRoute(segments: string[]): Route | undefined {
  const [a, b, c, d, e, f, g, h] = segments;
  if (a === 'repos' && b && c && segments.length === 3) return { kind: 'repository', repo: `${b}/${c}` };
  if (a === 'repos' && b && c && d === 'actions' && e === 'secrets' && f && segments.length === 6)
    return { kind: 'repo', repo: `${b}/${c}`, leaf: f };
  if (a === 'repos' && b && c && d === 'environments' && e && f === 'secrets' && g && segments.length === 7)
    return { kind: 'environment', repo: `${b}/${c}`, environment: e, leaf: g };
  if (a === 'orgs' && b && c === 'actions' && d === 'secrets' && e && segments.length === 5)
    return { kind: 'org', org: b, leaf: e };
  void h;
  return undefined;
}

function canSee(grant: TokenGrant, route: Route): boolean {
  if (route.org !== undefined) return grant.organizations.some((o) => o.toLowerCase() === route.org!.toLowerCase());
  return grant.repositories.some((r) => r.toLowerCase() === route.repo!.toLowerCase());
}

function permission(grant: TokenGrant, route: Route): 'write' | 'read' | 'none' {
  return route.kind === 'org' ? grant.orgSecrets : grant.secrets;
}

/** The GitHub REST routes for Actions secrets (repository, environment, organization) and `GET /repos/{owner}/{repo}`. */
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
  const repo = route.repo === undefined ? undefined : state.repositories.get(route.repo.toLowerCase());
  const store: SecretStore | undefined =
    route.kind === 'org'
      ? state.organizations.get(route.org!.toLowerCase())
      : route.kind === 'environment'
        ? repo?.environments.get(route.environment!)
        : repo;
  if (store === undefined || !canSee(grant, route)) {
    error(res, 404, 'Not Found');
    return;
  }
  if (route.kind === 'repository') {
    if (req.method !== 'GET') return error(res, 404, 'Not Found');
    sendJson(res, 200, repositoryJson(repo!, `http://${req.headers.host ?? '127.0.0.1'}`));
    return;
  }
  const leaf = route.leaf!;
  if (leaf === 'public-key') {
    if (req.method !== 'GET') return error(res, 404, 'Not Found');
    if (permission(grant, route) === 'none') return error(res, 403, 'Resource not accessible by personal access token');
    sendJson(res, 200, { key_id: store.key.keyId, key: publicKeyBase64(store.key) });
    return;
  }
  if (req.method === 'GET') {
    if (permission(grant, route) === 'none') return error(res, 403, 'Resource not accessible by personal access token');
    const stored = store.secrets.get(leaf.toUpperCase());
    if (stored === undefined) return error(res, 404, 'Not Found');
    const body: Record<string, unknown> = {
      name: leaf.toUpperCase(),
      created_at: stored.createdAt,
      updated_at: stored.updatedAt,
    };
    if (stored.visibility !== undefined) body['visibility'] = stored.visibility;
    sendJson(res, 200, body);
    return;
  }
  if (req.method !== 'PUT') return error(res, 404, 'Not Found');
  if (permission(grant, route) !== 'write') return error(res, 403, 'Resource not accessible by personal access token');
  putSecret(res, route, leaf, rawBody, store, state, now);
}

function putSecret(
  res: ServerResponse,
  route: Route,
  name: string,
  rawBody: string,
  store: SecretStore,
  state: GitHubState,
  now: number,
) {
  if (!SECRET_NAME.test(name) || name.toUpperCase().startsWith('GITHUB_')) {
    return error(
      res,
      422,
      'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number, and must not start with the GITHUB_ prefix.',
    );
  }
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(rawBody);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    return error(res, 400, 'Problems parsing JSON');
  }
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
  let visibility: 'all' | 'private' | 'selected' | undefined;
  let selected: number[] | undefined;
  if (route.kind === 'org') {
    const v = body['visibility'];
    if (v !== 'all' && v !== 'private' && v !== 'selected')
      return error(res, 422, 'Invalid request.\n\nvisibility must be one of: all, private, selected.');
    visibility = v;
    const ids = body['selected_repository_ids'];
    if (ids !== undefined) {
      if (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id)))
        return error(res, 422, 'Invalid request.\n\nselected_repository_ids must be an array of integers.');
      if (v !== 'selected')
        return error(res, 422, 'selected_repository_ids can only be set when visibility is selected.');
      selected = ids as number[];
    }
  } else if ('visibility' in body || 'selected_repository_ids' in body) {
    return error(res, 422, 'Invalid request.\n\nvisibility is only valid for organization secrets.');
  }
  const key = name.toUpperCase();
  const existing = store.secrets.get(key);
  const stamp = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  store.secrets.set(key, {
    encryptedValue: encrypted,
    keyId,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    visibility,
    selectedRepositoryIds: selected,
  });
  void state;
  if (existing) {
    res.writeHead(204);
    res.end();
  } else {
    sendJson(res, 201, {});
  }
}

/** The secret store a GitHub path addresses, for the `rotate-key` fault. */
export function targetOfPath(path: string): { repo: string; environment?: string } | { org: string } | undefined {
  const segments = path
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s));
  const route = matchRoute(segments);
  if (route === undefined || route.kind === 'repository') return undefined;
  if (route.kind === 'org') return { org: route.org! };
  if (route.kind === 'environment') return { repo: route.repo!, environment: route.environment! };
  return { repo: route.repo! };
}
