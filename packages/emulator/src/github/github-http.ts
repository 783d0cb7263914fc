import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http-util.js';
import type { GitHubState } from './github-state.js';
import type { CollectionRoute } from './route-match.js';

export const SECRETS_DOCS = 'https://docs.github.com/rest/actions/secrets';
export const VARIABLES_DOCS = 'https://docs.github.com/rest/actions/variables';

/** GitHub's error body: `message`, `documentation_url` and the status as a string. */
export function error(res: ServerResponse, status: number, message: string, docs = SECRETS_DOCS): void {
  sendJson(res, status, { message, documentation_url: docs, status: String(status) });
}

/** 204 No Content: what GitHub answers an update, a delete and a repository-list change. */
export function noContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

/** One authenticated request, with what the token may do there. */
export interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  rawBody: string;
  state: GitHubState;
  now: number;
  access: 'write' | 'read' | 'none';
  forbidden: () => void;
  route: CollectionRoute;
}

/** The JSON body of a write, or undefined after answering 400. */
export function jsonBody(res: ServerResponse, rawBody: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(rawBody);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {}
  error(res, 400, 'Problems parsing JSON');
  return undefined;
}

export type Visibility = 'all' | 'private' | 'selected';

/** Repository ids as GitHub takes them: integers (Dependabot's may be strings of digits). */
export function repositoryIds(value: unknown, stringsAllowed: boolean): number[] | undefined {
  const valid = (id: unknown) => Number.isInteger(id) || (stringsAllowed && typeof id === 'string' && /^\d+$/.test(id));
  return Array.isArray(value) && value.every(valid) ? value.map(Number) : undefined;
}

/** Organization `visibility` and `selected_repository_ids`, or an error message. */
export function readVisibility(
  body: Record<string, unknown>,
  route: CollectionRoute,
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
  if (body['selected_repository_ids'] === undefined) return { visibility: v, selected: undefined };
  const selected = repositoryIds(body['selected_repository_ids'], route.kind === 'dependabot');
  if (selected === undefined) return 'Invalid request.\n\nselected_repository_ids must be an array of integers.';
  if (v !== 'selected') return 'selected_repository_ids can only be set when visibility is selected.';
  return { visibility: v, selected };
}

export function stampOf(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The API base URL as the client reached it, for the `…_url` fields. */
export const apiBase = (req: IncomingMessage) => `http://${req.headers.host ?? '127.0.0.1'}`;

/** `…/{name}/repositories` of an organization secret or variable. */
export const selectedRepositoriesUrl = (req: IncomingMessage, route: CollectionRoute, name: string) =>
  `${apiBase(req)}/orgs/${route.scope.org}/${route.kind}/${route.resource}/${name}/repositories`;
