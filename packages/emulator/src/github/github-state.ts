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

/** A place secrets live: a repository, one of its environments, or an organization. */
export interface SecretStore {
  key: SealingKey;
  secrets: Map<string, StoredSecret>;
}

export interface RepositoryRecord extends SecretStore {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  environments: Map<string, SecretStore>;
}

/** What a token may do. `secrets` covers repo and environment secrets; `orgSecrets` organization secrets. */
export interface TokenGrant {
  /** Repositories (owner/name) and organizations the token can see. */
  repositories: string[];
  organizations: string[];
  secrets: 'write' | 'read' | 'none';
  orgSecrets: 'write' | 'read' | 'none';
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

/** Everything the GitHub side remembers; holds the private keys so it can open what clients sealed. */
export class GitHubState {
  readonly repositories = new Map<string, RepositoryRecord>();
  readonly organizations = new Map<string, SecretStore>();
  readonly tokens = new Map<string, TokenGrant>();

  static async create(): Promise<GitHubState> {
    await sodium.ready;
    return new GitHubState();
  }

  addRepository(fullName: string, options: { private?: boolean; environments?: string[] } = {}): RepositoryRecord {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: RepositoryRecord = {
      ...newStore(),
      id: nextRepoId++,
      owner,
      name,
      private: options.private ?? true,
      environments: new Map(),
    };
    for (const env of options.environments ?? []) repo.environments.set(env, newStore());
    this.repositories.set(fullName.toLowerCase(), repo);
    return repo;
  }

  addEnvironment(fullName: string, environment: string): void {
    const repo = this.repositories.get(fullName.toLowerCase());
    if (repo === undefined) throw new Error(`unknown repository ${fullName}`);
    repo.environments.set(environment, newStore());
  }

  addOrganization(org: string): void {
    this.organizations.set(org.toLowerCase(), newStore());
  }

  addToken(token: string, grant: TokenGrant): void {
    this.tokens.set(token, grant);
  }

  store(target: SecretTarget): SecretStore | undefined {
    if (typeof target === 'string') return this.repositories.get(target.toLowerCase());
    if ('org' in target) return this.organizations.get(target.org.toLowerCase());
    const repo = this.repositories.get(target.repo.toLowerCase());
    if (target.environment === undefined) return repo;
    return repo?.environments.get(target.environment);
  }

  /** Replaces the target's key pair, so a client holding the old `key_id` is now stale. */
  rotateKey(target: SecretTarget): void {
    const store = this.store(target);
    if (store === undefined) throw new Error('rotateKey: unknown target');
    this.remember(store.key);
    store.key = newKey();
  }

  /** Opens a stored secret with the private key it was sealed for; undefined when absent. */
  secret(target: SecretTarget, name: string): string | undefined {
    const stored = this.store(target)?.secrets.get(name.toUpperCase());
    if (stored === undefined) return undefined;
    return new TextDecoder().decode(openSealed(stored.encryptedValue, this.#keyFor(target, stored.keyId)));
  }

  /** Names of the secrets stored at a target. */
  secretNames(target: SecretTarget): string[] {
    return [...(this.store(target)?.secrets.keys() ?? [])];
  }

  readonly #retiredKeys = new Map<string, SealingKey>();

  /** Keeps keys that were rotated away, so values sealed before a rotation still open in tests. */
  remember(key: SealingKey): void {
    this.#retiredKeys.set(key.keyId, key);
  }

  #keyFor(target: SecretTarget, keyId: string): SealingKey {
    const current = this.store(target)!.key;
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
