import { sendJson } from '../http-util.js';
import { type Call, apiBase, error, jsonBody, noContent, repositoryIds } from './github-http.js';
import { pageOf } from './pagination.js';
import { repositoryJson } from './repository-json.js';

/** What an organization secret or variable keeps of its audience. */
interface Audience {
  visibility?: 'all' | 'private' | 'selected' | undefined;
  selectedRepositoryIds?: number[] | undefined;
}

/**
 * An organization secret's or variable's selected repositories (docs.github.com "List / Set /
 * Add / Remove selected repository for an organization secret / variable"):
 * `GET …/{name}/repositories` lists them (paged), `PUT` replaces them (`selected_repository_ids`),
 * `PUT …/repositories/{repository_id}` adds one and `DELETE` removes one: 204 each, and 409 when
 * the visibility is not `selected` (the reference: "409 when the visibility is not selected").
 */
export function selectedRepositories(call: Call, stored: Audience | undefined): void {
  const { req, res, route, access } = call;
  const method = req.method ?? 'GET';
  const one = route.repositories?.one;
  const allowed = one === undefined ? ['GET', 'PUT'] : ['PUT', 'DELETE'];
  if (!allowed.includes(method)) return error(res, 404, 'Not Found');
  if (method !== 'GET' && access !== 'write') return call.forbidden();
  if (stored === undefined) return error(res, 404, 'Not Found');
  if (stored.visibility !== 'selected')
    return error(res, 409, `The visibility is ${stored.visibility ?? 'not set'}, not selected.`);
  const ids = stored.selectedRepositoryIds ?? [];
  if (method === 'GET') {
    const repositories = [...call.state.repositories.values()].filter((repo) => ids.includes(repo.id));
    const page = pageOf(req, res, repositories);
    return sendJson(res, 200, {
      total_count: repositories.length,
      repositories: page.map((repo) => repositoryJson(repo, apiBase(req))),
    });
  }
  if (one === undefined) {
    const body = jsonBody(res, call.rawBody);
    if (body === undefined) return;
    const selected = repositoryIds(body['selected_repository_ids'], route.kind === 'dependabot');
    if (selected === undefined)
      return error(res, 422, 'Invalid request.\n\nselected_repository_ids must be an array of integers.');
    stored.selectedRepositoryIds = selected;
    return noContent(res);
  }
  if (!/^\d+$/.test(one)) return error(res, 404, 'Not Found');
  const id = Number(one);
  stored.selectedRepositoryIds = method === 'PUT' ? [...new Set([...ids, id])] : ids.filter((other) => other !== id);
  noContent(res);
}
