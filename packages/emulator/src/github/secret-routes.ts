import { sendJson } from '../http-util.js';
import {
  type Call,
  error,
  jsonBody,
  noContent,
  readVisibility,
  selectedRepositoriesUrl,
  stampOf,
} from './github-http.js';
import { type SecretStore, type StoredSecret, openSealed, publicKeyBase64 } from './github-state.js';
import { pageOf } from './pagination.js';
import { selectedRepositories } from './selected-repositories.js';

// GitHub's pattern for standard base64 with padding (rest-api-description#1688), and its 422 texts
// (shared/reference/github-secrets-api.md, "What real clients call, and GitHub's exact texts").
const BASE64_SOURCE = '^(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=|[A-Za-z0-9+\\/]{4})$';
const BASE64_PATTERN = new RegExp(BASE64_SOURCE);
export const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME_TEXT =
  'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) or underscores (_).';
const KEY_ID_MISSING = 'Invalid request.\n\n"key_id" wasn\'t supplied.';
const IMPROPERLY_ENCRYPTED = 'Bad request - validation failed due to an improperly encrypted secret';

/** A secret as GitHub lists and reads it: never its value; an organization's with its audience. */
function secretJson(call: Call, name: string, stored: StoredSecret): Record<string, unknown> {
  const body: Record<string, unknown> = { name, created_at: stored.createdAt, updated_at: stored.updatedAt };
  if (stored.visibility !== undefined) body['visibility'] = stored.visibility;
  if (stored.visibility === 'selected')
    body['selected_repositories_url'] = selectedRepositoriesUrl(call.req, call.route, name);
  return body;
}

/** `GET …/secrets`: `{total_count, secrets}`, paged, by name. */
function listSecrets(call: Call, store: SecretStore): void {
  const all = [...store.secrets.entries()].sort(([a], [b]) => a.localeCompare(b));
  const page = pageOf(call.req, call.res, all);
  sendJson(call.res, 200, {
    total_count: all.length,
    secrets: page.map(([name, stored]) => secretJson(call, name, stored)),
  });
}

/** Public key, list, read, write, delete, and an organization secret's selected repositories. */
export function handleSecret(call: Call, store: SecretStore): void {
  const { req, res, access, route } = call;
  const method = req.method ?? 'GET';
  if (method === 'GET' && access === 'none') return call.forbidden();
  if (route.publicKey) {
    if (method !== 'GET') return error(res, 404, 'Not Found');
    return sendJson(res, 200, { key_id: store.key.keyId, key: publicKeyBase64(store.key) });
  }
  if (route.name === undefined) return method === 'GET' ? listSecrets(call, store) : error(res, 404, 'Not Found');
  const name = route.name.toUpperCase();
  const stored = store.secrets.get(name);
  if (route.repositories !== undefined) return selectedRepositories(call, stored);
  if (method === 'GET') {
    if (stored === undefined) return error(res, 404, 'Not Found');
    return sendJson(res, 200, secretJson(call, name, stored));
  }
  if (method !== 'PUT' && method !== 'DELETE') return error(res, 404, 'Not Found');
  if (access !== 'write') return call.forbidden();
  if (method === 'DELETE') {
    if (stored === undefined) return error(res, 404, 'Not Found');
    store.secrets.delete(name);
    return noContent(res);
  }
  putSecret(call, route.name, store);
}

/** The 422 for a write GitHub would refuse, or undefined: name, key id, base64, and whether it opens. */
function writeProblem(name: string, encrypted: unknown, keyId: unknown, store: SecretStore): string | undefined {
  if (!SECRET_NAME.test(name) || name.toUpperCase().startsWith('GITHUB_')) return NAME_TEXT;
  if (typeof encrypted !== 'string' || !BASE64_PATTERN.test(encrypted))
    return `Invalid request.\n\n${typeof encrypted === 'string' ? encrypted : JSON.stringify(encrypted)} does not match /${BASE64_SOURCE}/.`;
  if (keyId === undefined || keyId === null || keyId === '') return KEY_ID_MISSING;
  // UNCONFIRMED: the text for a key id that is not a string.
  if (typeof keyId !== 'string') return 'Invalid request.\n\nkey_id is not a string.';
  // UNCONFIRMED: GitHub's text for a key id that is not this target's current one.
  if (keyId !== store.key.keyId) return 'Bad request - key_id is stale or does not belong to this target';
  try {
    openSealed(encrypted, store.key);
  } catch {
    return IMPROPERLY_ENCRYPTED;
  }
  return undefined;
}

/** `PUT …/secrets/{name}`: 201 created or 204 updated; an organization's names its audience, which it replaces (cli/cli#8110). */
function putSecret(call: Call, name: string, store: SecretStore): void {
  const { res } = call;
  const body = jsonBody(res, call.rawBody);
  if (body === undefined) return;
  const problem = writeProblem(name, body['encrypted_value'], body['key_id'], store);
  if (problem !== undefined) return error(res, 422, problem);
  const visibility = readVisibility(body, call.route, true);
  if (typeof visibility === 'string') return error(res, 422, visibility);
  const key = name.toUpperCase();
  const existing = store.secrets.get(key);
  const stamp = stampOf(call.now);
  store.secrets.set(key, {
    encryptedValue: body['encrypted_value'] as string,
    keyId: body['key_id'] as string,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    visibility: visibility.visibility,
    selectedRepositoryIds: visibility.selected,
  });
  if (existing) noContent(res);
  else sendJson(res, 201, {});
}
