import { isCredentialShaped, isScopeName } from '@dropbox-token/core';
import { parse } from 'yaml';
import { type ClaimName, type CompiledRule, POLICY_CLAIMS, compileRule } from './claim-rules.js';

/** GitHub.com's Actions issuer (docs.github.com "OpenID Connect reference"); GHES: https://HOST/_services/token. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Which claims of the workflow's OIDC token must match: each a list of values (any of them matches). */
export type AllowRule = Partial<Record<ClaimName, string[]>>;

export interface Identity {
  name: string;
  account: string;
  /** The scopes an access token for this identity may carry (the most it can ask for), sorted, once each. */
  scopes: string[];
  /** The rule as written (every value a string, as GitHub sends claims). */
  allow: AllowRule;
  /** The rule's patterns, compiled once when the configuration is read. */
  rules: CompiledRule[];
}

export interface Account {
  name: string;
  appKey: string;
  /** Where the refresh token (a secret) comes from: an environment variable or Worker secret. */
  refreshTokenEnv: string;
  appSecretEnv: string | undefined;
}

export interface BrokerConfig {
  /** The `aud` the workflow must request: the broker's own identifier, usually its URL. */
  audience: string;
  issuer: string;
  accounts: Map<string, Account>;
  identities: Map<string, Identity>;
  /** Detailed refusal reasons for clients (private brokers); by default refusals all read the same. */
  explainRefusals: boolean;
  /** The Node server's limit on open connections. */
  maxConnections: number;
  /** The least time between two liveness checks of a cached access token, in seconds (1 to 60). */
  revokeCheckSeconds: number;
  /** What the operator should know at start: names pinned without IDs, accounts shared across repositories. */
  warnings: string[];
}

/** The defaults of the optional top-level fields: one place, read by the parser and the docs test. */
export const CONFIG_DEFAULTS = { explain_refusals: false, max_connections: 1024, revoke_check_seconds: 60 } as const;

const TOP_LEVEL = ['audience', 'issuer', 'accounts', 'identities', ...Object.keys(CONFIG_DEFAULTS)];

/** Configuration problems, each named by its path in the file. Never carries a secret: the file holds none. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Collects every problem of one file, so `check` can name them all at once. */
class Reader {
  readonly problems: string[] = [];

  problem(message: string): undefined {
    this.problems.push(message);
    return undefined;
  }

  record(value: unknown, where: string): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.problem(`${where} must be a mapping`);
    return value as Record<string, unknown>;
  }

  text(value: unknown, where: string, pattern?: RegExp): string | undefined {
    if (typeof value === 'string' && value.trim() !== '' && (pattern === undefined || pattern.test(value)))
      return value;
    return this.problem(
      `${where} must be ${pattern === undefined ? 'a non-empty string' : `a string matching ${pattern}`}`,
    );
  }

  /** One value or a list; numbers and booleans as the strings GitHub sends (`ref_protected: "true"`). */
  values(value: unknown, where: string): string[] | undefined {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) return this.problem(`${where} must not be empty`);
    const texts = list.map((item, i) =>
      this.text(typeof item === 'number' || typeof item === 'boolean' ? String(item) : item, `${where}[${i}]`),
    );
    return texts.every((item) => item !== undefined) ? (texts as string[]) : undefined;
  }

  optional<T>(value: unknown, fallback: T, where: string, check: (value: unknown) => value is T, what: string): T {
    if (value === undefined) return fallback;
    if (check(value)) return value;
    this.problem(`${where} must be ${what}`);
    return fallback;
  }
}

function readAccount(read: Reader, name: string, raw: unknown): Account | undefined {
  const where = `accounts.${name}`;
  const fields = read.record(raw, where);
  if (fields === undefined) return undefined;
  const appKey = read.text(fields['app_key'], `${where}.app_key`);
  if (appKey !== undefined && !isCredentialShaped(appKey))
    read.problem(`${where}.app_key has whitespace or control characters`);
  const refreshTokenEnv = read.text(fields['refresh_token_env'], `${where}.refresh_token_env`, ENV_NAME);
  const appSecretEnv =
    fields['app_secret_env'] === undefined
      ? undefined
      : read.text(fields['app_secret_env'], `${where}.app_secret_env`, ENV_NAME);
  if (appKey === undefined || refreshTokenEnv === undefined) return undefined;
  return { name, appKey, refreshTokenEnv, appSecretEnv };
}

function readAllow(read: Reader, raw: unknown, where: string): { allow: AllowRule; rules: CompiledRule[] } | undefined {
  const fields = read.record(raw, where);
  if (fields === undefined) return undefined;
  const allow: AllowRule = {};
  const rules: CompiledRule[] = [];
  for (const [claim, value] of Object.entries(fields)) {
    if (!(POLICY_CLAIMS as readonly string[]).includes(claim)) {
      read.problem(`${where}.${claim} is not a claim a policy can match (${POLICY_CLAIMS.join(', ')})`);
      continue;
    }
    const patterns = read.values(value, `${where}.${claim}`);
    if (patterns === undefined) continue;
    const compiled = compileRule(claim as ClaimName, patterns);
    if (typeof compiled === 'string') read.problem(`${where}.${claim}: ${compiled}`);
    else {
      allow[claim as ClaimName] = patterns;
      rules.push(compiled);
    }
  }
  // Deny by default: a policy must at least pin the repository or its owner, by name or ID.
  if (!['repository', 'repository_owner', 'repository_id', 'repository_owner_id'].some((claim) => claim in fields))
    read.problem(`${where} must name a repository, a repository_owner or their IDs`);
  return { allow, rules };
}

function readIdentity(read: Reader, name: string, raw: unknown, accounts: Set<string>): Identity | undefined {
  const where = `identities.${name}`;
  const fields = read.record(raw, where);
  if (fields === undefined) return undefined;
  const account = read.text(fields['account'], `${where}.account`);
  if (account !== undefined && !accounts.has(account)) read.problem(`${where}.account names no account under accounts`);
  const scopes = read.values(fields['scopes'], `${where}.scopes`);
  if (scopes !== undefined && !scopes.every(isScopeName))
    read.problem(`${where}.scopes lists something that is not a Dropbox scope`);
  const policy = readAllow(read, fields['allow'], `${where}.allow`);
  if (account === undefined || scopes === undefined || policy === undefined) return undefined;
  return { name, account, scopes: [...new Set(scopes)].sort(), ...policy };
}

/** A name pinned without its ID can be registered again by someone else once it is deleted or renamed. */
function nameWithoutId(identity: Identity): string | undefined {
  const { allow } = identity;
  const unpinned: string[] = [];
  if (allow.repository !== undefined && allow.repository_id === undefined && allow.repository_owner_id === undefined)
    unpinned.push('repository without repository_id');
  if (allow.repository_owner !== undefined && allow.repository_owner_id === undefined)
    unpinned.push('repository_owner without repository_owner_id');
  if (unpinned.length === 0) return undefined;
  return `identity ${identity.name} pins ${unpinned.join(' and ')}: a deleted or renamed name can be registered by someone else (add the IDs; dropbox-token-bootstrap --broker-config writes them)`;
}

/** An account whose identities serve different repositories: any one of them can revoke the others' access. */
function sharedAccounts(identities: Iterable<Identity>): string[] {
  const byAccount = new Map<string, Identity[]>();
  for (const identity of identities)
    byAccount.set(identity.account, [...(byAccount.get(identity.account) ?? []), identity]);
  const lines: string[] = [];
  for (const [account, users] of byAccount) {
    const repositories = new Set(
      users.map(({ allow }) =>
        JSON.stringify([allow.repository, allow.repository_id, allow.repository_owner, allow.repository_owner_id]),
      ),
    );
    if (repositories.size > 1)
      lines.push(
        `account ${account} is shared by identities with different repositories (${users.map((u) => u.name).join(', ')}): a revoke by any one of them stops all of them; give each its own account (dropbox-token-bootstrap --broker-config)`,
      );
  }
  return lines;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const integerIn =
  (low: number, high: number) =>
  (value: unknown): value is number =>
    Number.isInteger(value) && (value as number) >= low && (value as number) <= high;

function readTop(read: Reader, top: Record<string, unknown>) {
  for (const key of Object.keys(top))
    if (!TOP_LEVEL.includes(key)) read.problem(`${key} is not a setting (${TOP_LEVEL.join(', ')})`);
  const audience = read.text(top['audience'], 'audience');
  const issuer = top['issuer'] === undefined ? GITHUB_ISSUER : read.text(top['issuer'], 'issuer');
  if (issuer !== undefined && !/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(issuer))
    read.problem('issuer must be an https URL (http only on loopback, for tests)');
  return {
    audience,
    issuer: issuer?.replace(/\/+$/, ''),
    explainRefusals: read.optional(
      top['explain_refusals'],
      CONFIG_DEFAULTS.explain_refusals,
      'explain_refusals',
      isBoolean,
      'true or false',
    ),
    maxConnections: read.optional(
      top['max_connections'],
      CONFIG_DEFAULTS.max_connections,
      'max_connections',
      integerIn(1, 65_535),
      'a whole number from 1 to 65535',
    ),
    revokeCheckSeconds: read.optional(
      top['revoke_check_seconds'],
      CONFIG_DEFAULTS.revoke_check_seconds,
      'revoke_check_seconds',
      integerIn(1, 60),
      'a whole number of seconds from 1 to 60',
    ),
  };
}

/**
 * Reads `broker.yaml` (YAML or JSON): every field checked, so a typo fails at start-up (or at
 * `dropbox-token-broker check`), not on a request. Throws a ConfigError naming every problem.
 */
export function parseBrokerConfig(source: string): BrokerConfig {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    throw new ConfigError([`the configuration is not YAML or JSON (${(error as Error).message.split('\n')[0]})`]);
  }
  const read = new Reader();
  const top = read.record(raw, 'the configuration') ?? {};
  const settings = readTop(read, top);
  const accounts = new Map<string, Account>();
  const declared = read.record(top['accounts'], 'accounts') ?? {};
  for (const [name, value] of Object.entries(declared)) {
    if (read.text(name, `accounts.${name}: an account name`, NAME) === undefined) continue;
    const account = readAccount(read, name, value);
    if (account !== undefined) accounts.set(name, account);
  }
  const identities = new Map<string, Identity>();
  for (const [name, value] of Object.entries(read.record(top['identities'], 'identities') ?? {})) {
    if (read.text(name, `identities.${name}: an identity name`, NAME) === undefined) continue;
    const identity = readIdentity(read, name, value, new Set(Object.keys(declared)));
    if (identity !== undefined) identities.set(name, identity);
  }
  const { audience, issuer } = settings;
  if (read.problems.length > 0 || audience === undefined || issuer === undefined) throw new ConfigError(read.problems);
  const warnings = [
    ...[...identities.values()].map(nameWithoutId).filter((line) => line !== undefined),
    ...sharedAccounts(identities.values()),
  ];
  return { ...settings, audience, issuer, accounts, identities, warnings };
}

/** The secrets the accounts name that the environment lacks, as problems. */
export function missingSecrets(config: BrokerConfig, secrets: (name: string) => string | undefined): string[] {
  return [...config.accounts.values()]
    .filter((account) => !secrets(account.refreshTokenEnv))
    .map((account) => `the refresh token of account ${account.name} is not set: ${account.refreshTokenEnv}`);
}
