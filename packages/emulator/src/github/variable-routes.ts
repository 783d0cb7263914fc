import { sendJson } from '../http-util.js';
import * as http from './github-http.js';
import type { Call } from './github-http.js';
import type { SecretScope, StoredVariable } from './github-state.js';
import { pageOf } from './pagination.js';
import { SECRET_NAME } from './secret-routes.js';
import { selectedRepositories } from './selected-repositories.js';

// UNCONFIRMED: the variable-name text; worded as GitHub's secret-name text is.
const NAME_TEXT =
  'Variable names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) or underscores (_).';

function variableJson(call: Call, name: string, stored: StoredVariable): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name,
    value: stored.value,
    created_at: stored.createdAt,
    updated_at: stored.updatedAt,
  };
  if (stored.visibility !== undefined) body['visibility'] = stored.visibility;
  if (stored.visibility === 'selected')
    body['selected_repositories_url'] = http.selectedRepositoriesUrl(call.req, call.route, name);
  return body;
}

/**
 * Actions variables (docs.github.com "REST API endpoints for GitHub Actions variables"):
 * `GET …/variables` lists them (`{total_count, variables}`, paged), `POST` creates (201; 409 when
 * it exists), `GET …/{name}` reads, `PATCH` updates (204), `DELETE` removes (204). Organization
 * variables carry `visibility` (required on create) and selected repositories like secrets.
 */
export function handleVariable(call: Call, scope: SecretScope): void {
  const { req, res, access, route } = call;
  const method = req.method ?? 'GET';
  if (access === 'none') return call.forbidden();
  const name = route.name?.toUpperCase();
  const existing = name === undefined ? undefined : scope.variables.get(name);
  if (route.repositories !== undefined) return selectedRepositories(call, existing);
  const allowed = name === undefined ? ['GET', 'POST'] : ['GET', 'PATCH', 'DELETE'];
  if (!allowed.includes(method)) return http.error(res, 404, 'Not Found', http.VARIABLES_DOCS);
  if (method === 'GET' && name === undefined) {
    const all = [...scope.variables.entries()].sort(([a], [b]) => a.localeCompare(b));
    const page = pageOf(req, res, all);
    return sendJson(res, 200, { total_count: all.length, variables: page.map(([n, v]) => variableJson(call, n, v)) });
  }
  if (method === 'GET') {
    if (existing === undefined) return http.error(res, 404, 'Not Found', http.VARIABLES_DOCS);
    return sendJson(res, 200, variableJson(call, name!, existing));
  }
  if (access !== 'write') return call.forbidden();
  if (method === 'DELETE') {
    if (existing === undefined) return http.error(res, 404, 'Not Found', http.VARIABLES_DOCS);
    scope.variables.delete(name!);
    return http.noContent(res);
  }
  const body = http.jsonBody(res, call.rawBody);
  if (body === undefined) return;
  writeVariable(call, scope, name, body);
}

function writeVariable(
  call: Call,
  scope: SecretScope,
  pathName: string | undefined,
  body: Record<string, unknown>,
): void {
  const { res } = call;
  const creating = pathName === undefined;
  const name = creating ? body['name'] : (body['name'] ?? pathName);
  const value = body['value'];
  if (typeof name !== 'string' || !SECRET_NAME.test(name) || name.toUpperCase().startsWith('GITHUB_'))
    return http.error(res, 422, NAME_TEXT, http.VARIABLES_DOCS);
  if (creating ? typeof value !== 'string' : value !== undefined && typeof value !== 'string')
    return http.error(res, 422, 'Invalid request.\n\nvalue is not a string.', http.VARIABLES_DOCS);
  const visibility = http.readVisibility(body, call.route, creating);
  if (typeof visibility === 'string') return http.error(res, 422, visibility, http.VARIABLES_DOCS);
  const key = name.toUpperCase();
  const existing = scope.variables.get(creating ? key : pathName);
  // UNCONFIRMED: the exact message; GitHub answers 409 to creating a variable that exists.
  if (creating && existing !== undefined)
    return http.error(res, 409, 'Already exists - Variable already exists', http.VARIABLES_DOCS);
  if (!creating && existing === undefined) return http.error(res, 404, 'Not Found', http.VARIABLES_DOCS);
  const stamp = http.stampOf(call.now);
  if (!creating) scope.variables.delete(pathName);
  scope.variables.set(key, {
    value: (value as string | undefined) ?? existing!.value,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    visibility: visibility.visibility ?? existing?.visibility,
    selectedRepositoryIds: visibility.visibility === undefined ? existing?.selectedRepositoryIds : visibility.selected,
  });
  if (creating) sendJson(res, 201, {});
  else http.noContent(res);
}
