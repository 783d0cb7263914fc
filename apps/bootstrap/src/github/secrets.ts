import { BootstrapError } from '../errors/bootstrap-error.js';
import { fail } from '../errors/catalog.js';
import { type SecretTarget, describeTarget } from './target.js';
import { sealSecret } from './seal.js';
import { gitHubFailure, statusOf } from './errors.js';
import { type GitHubRequester, headers, pathParameters, request, routeFor } from './request.js';

export interface PublicKey {
  key_id: string;
  key: string;
  /** A classic or OAuth token's scopes (its `X-OAuth-Scopes` header); undefined for fine-grained and App tokens. */
  tokenScopes: string[] | undefined;
}

/** Reads the public key of exactly this target. Also the cheapest check that the token can see it. */
export async function getPublicKey(
  github: GitHubRequester,
  target: SecretTarget,
  store: 'actions' | 'dependabot' = 'actions',
): Promise<PublicKey> {
  try {
    const answer = await request(github, `GET ${routeFor(target, '/public-key', store)}`, {
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
    const what = store === 'dependabot' ? 'the Dependabot secrets public key' : 'the secrets public key';
    throw gitHubFailure(error, target, `reading ${what}`, github, store);
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

export type WriteResult = 'created' | 'updated';

/** An organization secret's or variable's audience, as a PUT or POST must name it. */
export interface OrgVisibility {
  visibility: 'all' | 'private' | 'selected';
  selectedRepositoryIds: number[] | undefined;
}

/** The body fields that give an organization secret or variable its audience. */
export function audienceFields(audience: OrgVisibility | undefined): Record<string, unknown> {
  if (audience === undefined) return {};
  if (audience.visibility !== 'selected') return { visibility: audience.visibility };
  return { visibility: 'selected', selected_repository_ids: audience.selectedRepositoryIds ?? [] };
}

/**
 * Stores one secret: fetches the target's public key (of that store: Dependabot has its own)
 * immediately before sealing, always sends `key_id`, and on a 422 (a key rotated meanwhile)
 * fetches the key again and retries once. An organization secret's PUT carries `audience`.
 */
export async function storeSecret(
  github: GitHubRequester,
  target: SecretTarget,
  name: string,
  value: string,
  audience: OrgVisibility | undefined,
  store: 'actions' | 'dependabot' = 'actions',
): Promise<WriteResult> {
  for (let attempt = 1; ; attempt++) {
    const key = await getPublicKey(github, target, store);
    const body: Record<string, unknown> = {
      encrypted_value: await sealSecret(key.key, value),
      key_id: key.key_id,
      ...audienceFields(audience),
    };
    try {
      const { status } = await request(github, `PUT ${routeFor(target, '/{secret_name}', store)}`, {
        ...pathParameters(target),
        secret_name: name,
        ...body,
        headers,
      });
      return status === 201 ? 'created' : 'updated';
    } catch (error) {
      if (statusOf(error) === 422 && attempt === 1) continue;
      if (statusOf(error) === 422) throw fail('sealedValueRefused', { name }).refusedByGitHub(422);
      throw gitHubFailure(error, target, `writing ${name}`, github, store);
    }
  }
}
