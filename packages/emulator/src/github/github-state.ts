import sodium from 'libsodium-wrappers';

export interface SealingKey {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export interface StoredSecret {
  /** The sealed value as the client sent it. Tests open it with `GitHubState.secret()`. */
  encryptedValue: string;
  keyId: string;
  createdAt: string;
  updatedAt: string;
  visibility?: 'all' | 'private' | 'selected' | undefined;
  selectedRepositoryIds?: number[] | undefined;
}

/** A set of sealed secrets with its own key pair: Actions secrets, or Dependabot secrets (another key pair). */
export interface SecretStore {
  key: SealingKey;
  secrets: Map<string, StoredSecret>;
}

/** An Actions variable: plain text, readable by anyone who can read the repository's settings. */
export interface StoredVariable {
  value: string;
  createdAt: string;
  updatedAt: string;
  visibility?: 'all' | 'private' | 'selected' | undefined;
  selectedRepositoryIds?: number[] | undefined;
}

/**
 * A repository, one of its environments, or an organization: Actions secrets (the store itself),
 * Actions variables, and for repositories and organizations Dependabot secrets.
 */
export interface SecretScope extends SecretStore {
  variables: Map<string, StoredVariable>;
  dependabot: SecretStore | undefined;
}

export interface RepositoryRecord extends SecretScope {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  environments: Map<string, SecretScope>;
}

type Access = 'write' | 'read' | 'none';

/**
 * What a token may do. `secrets` covers repo and environment secrets (Actions and Dependabot);
 * `orgSecrets` organization secrets. Variables follow the same grants unless set apart.
 */
export interface TokenGrant {
  /** Repositories (owner/name) and organizations the token can see. */
  repositories: string[];
  organizations: string[];
  secrets: Access;
  orgSecrets: Access;
  /** Repository and environment variables; default: as `secrets`. */
  variables?: Access | undefined;
  /** Organization variables; default: as `orgSecrets`. */
  orgVariables?: Access | undefined;
  /**
   * For a classic or OAuth token: its scopes, which GitHub lists in the `X-OAuth-Scopes` header of
   * every answer (reference: github-secrets-api.md, "Classic and OAuth tokens list their scopes").
   * Undefined for fine-grained and App tokens, which send no such header.
   */
  oauthScopes?: string[] | undefined;
}

export interface GitHubSeed {
  owner?: string;
  repo?: string;
  environment?: string;
  org?: string;
}

export type SecretTarget = string | { repo: string; environment?: string } | { org: string };

/** Which secrets: Actions (default) or Dependabot (repositories and organizations only). */
export type SecretKind = 'actions' | 'dependabot';

let nextKeyId = 568250167242549743n;
let nextRepoId = 1296269;

function newKey(): SealingKey {
  const pair = sodium.crypto_box_keypair();
  nextKeyId += 1n;
  return { keyId: String(nextKeyId), publicKey: pair.publicKey, privateKey: pair.privateKey };
}

function newStore(): SecretStore {
  return { key: newKey(), secrets: new Map() };
}

function newScope(withDependabot: boolean): SecretScope {
  return { ...newStore(), variables: new Map(), dependabot: withDependabot ? newStore() : undefined };
}

/** Everything the GitHub side remembers; holds the private keys so it can open what clients sealed. */
export class GitHubState {
  readonly repositories = new Map<string, RepositoryRecord>();
  readonly organizations = new Map<string, SecretScope>();
  readonly tokens = new Map<string, TokenGrant>();

  static async create(): Promise<GitHubState> {
    await sodium.ready;
    return new GitHubState();
  }

  addRepository(
    fullName: string,
    options: { private?: boolean; environments?: string[]; id?: number } = {},
  ): RepositoryRecord {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: RepositoryRecord = {
      ...newScope(true),
      id: options.id ?? nextRepoId++,
      owner,
      name,
      private: options.private ?? true,
      environments: new Map(),
    };
    for (const env of options.environments ?? []) repo.environments.set(env, newScope(false));
    this.repositories.set(fullName.toLowerCase(), repo);
    return repo;
  }

  addEnvironment(fullName: string, environment: string): void {
    const repo = this.repositories.get(fullName.toLowerCase());
    if (repo === undefined) throw new Error(`unknown repository ${fullName}`);
    repo.environments.set(environment, newScope(false));
  }

  addOrganization(org: string): void {
    this.organizations.set(org.toLowerCase(), newScope(true));
  }

  addToken(token: string, grant: TokenGrant): void {
    this.tokens.set(token, grant);
  }

  scope(target: SecretTarget): SecretScope | undefined {
    if (typeof target === 'string') return this.repositories.get(target.toLowerCase());
    if ('org' in target) return this.organizations.get(target.org.toLowerCase());
    const repo = this.repositories.get(target.repo.toLowerCase());
    if (target.environment === undefined) return repo;
    return repo?.environments.get(target.environment);
  }

  store(target: SecretTarget, kind: SecretKind = 'actions'): SecretStore | undefined {
    const scope = this.scope(target);
    return kind === 'actions' ? scope : scope?.dependabot;
  }

  /** A variable's value at a target; undefined when absent. */
  variable(target: SecretTarget, name: string): string | undefined {
    return this.scope(target)?.variables.get(name.toUpperCase())?.value;
  }

  /** Replaces the target's key pair, so a client holding the old `key_id` is now stale. */
  rotateKey(target: SecretTarget, kind: SecretKind = 'actions'): void {
    const store = this.store(target, kind);
    if (store === undefined) throw new Error('rotateKey: unknown target');
    this.remember(store.key);
    store.key = newKey();
  }

  /** Opens a stored secret with the private key it was sealed for; undefined when absent. */
  secret(target: SecretTarget, name: string, kind: SecretKind = 'actions'): string | undefined {
    const store = this.store(target, kind);
    const stored = store?.secrets.get(name.toUpperCase());
    if (store === undefined || stored === undefined) return undefined;
    return new TextDecoder().decode(openSealed(stored.encryptedValue, this.#keyFor(store, stored.keyId)));
  }

  /** Names of the secrets stored at a target. */
  secretNames(target: SecretTarget, kind: SecretKind = 'actions'): string[] {
    return [...(this.store(target, kind)?.secrets.keys() ?? [])];
  }

  readonly #retiredKeys = new Map<string, SealingKey>();

  /** Keeps keys that were rotated away, so values sealed before a rotation still open in tests. */
  remember(key: SealingKey): void {
    this.#retiredKeys.set(key.keyId, key);
  }

  #keyFor(store: SecretStore, keyId: string): SealingKey {
    const current = store.key;
    if (current.keyId === keyId) return current;
    const retired = this.#retiredKeys.get(keyId);
    if (retired === undefined) throw new Error(`no key ${keyId}`);
    return retired;
  }
}

export function openSealed(encryptedValue: string, key: SealingKey): Uint8Array {
  const sealed = sodium.from_base64(encryptedValue, sodium.base64_variants.ORIGINAL);
  return sodium.crypto_box_seal_open(sealed, key.publicKey, key.privateKey);
}

export function publicKeyBase64(key: SealingKey): string {
  return sodium.to_base64(key.publicKey, sodium.base64_variants.ORIGINAL);
}
