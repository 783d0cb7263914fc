import type { SecretKind } from './github-state.js';

/** A repository, one of its environments, or an organization. */
export interface ScopeRef {
  kind: 'repo' | 'environment' | 'org';
  repo?: string;
  environment?: string;
  org?: string;
}

/**
 * The routes of docs.github.com "REST API endpoints for GitHub Actions secrets / variables" and
 * "Dependabot secrets", as `@octokit/plugin-rest-endpoint-methods` calls them:
 * `…/secrets` (list), `…/secrets/public-key`, `…/secrets/{name}` (get, put, delete),
 * `…/variables` (list, create), `…/variables/{name}` (get, update, delete), and for an
 * organization `…/{name}/repositories` (list, set) and `…/{name}/repositories/{repository_id}`
 * (add, remove).
 */
export type Route =
  | { resource: 'repository'; scope: ScopeRef }
  | {
      resource: 'secrets' | 'variables';
      kind: SecretKind;
      scope: ScopeRef;
      /** Undefined: the collection. */
      name: string | undefined;
      publicKey: boolean;
      /** An organization secret's or variable's selected repositories; `one`: a single repository id. */
      repositories: { one: string | undefined } | undefined;
    };

export type CollectionRoute = Extract<Route, { resource: 'secrets' | 'variables' }>;

function collectionRoute(scope: ScopeRef, app: string | undefined, tail: string[]): Route | undefined {
  const [collection, name, extra, one, ...more] = tail;
  const kind = app === 'actions' ? 'actions' : app === 'dependabot' ? 'dependabot' : undefined;
  if (kind === undefined || more.length > 0) return undefined;
  if (collection !== 'secrets' && collection !== 'variables') return undefined;
  // Dependabot has secrets only, and none per environment.
  if (kind === 'dependabot' && (collection === 'variables' || scope.kind === 'environment')) return undefined;
  if (extra !== undefined && (extra !== 'repositories' || scope.kind !== 'org' || name === undefined)) return undefined;
  const publicKey = collection === 'secrets' && name === 'public-key' && extra === undefined;
  return {
    resource: collection,
    kind,
    scope,
    name: publicKey ? undefined : name,
    publicKey,
    repositories: extra === undefined ? undefined : { one },
  };
}

/** `/repos/{o}/{r}`, and the secrets and variables routes of a repository, environment or organization. */
export function matchRoute(segments: string[]): Route | undefined {
  const [first, a, b, ...rest] = segments;
  if (first === 'repos' && a && b) {
    const repo = `${a}/${b}`;
    if (rest.length === 0) return { resource: 'repository', scope: { kind: 'repo', repo } };
    // Environment routes have no `actions/` segment: …/environments/{name}/secrets/….
    if (rest[0] === 'environments' && rest[1])
      return collectionRoute({ kind: 'environment', repo, environment: rest[1] }, 'actions', rest.slice(2));
    return collectionRoute({ kind: 'repo', repo }, rest[0], rest.slice(1));
  }
  if (first === 'orgs' && a) return collectionRoute({ kind: 'org', org: a }, b, rest);
  return undefined;
}

/** The path's segments, decoded; undefined when a segment is not valid percent-encoding. */
export function segmentsOf(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}
