import { isCredentialShaped, isScopeName } from '@dropbox-token/core';
import { parse } from 'yaml';
import { type ClaimName, type CompiledRule, type IssuerKind, KIND_RULES, compileRule } from './claim-rules.js';
import { type IssuerConfig, type ReplayStoreSetting, readIssuers, readReplayStore } from './config-sources.js';
import { Reader, integerIn, isBoolean } from './config-reader.js';

export type { IssuerConfig, ReplayStoreSetting };

/** Which claims of the workflow's OIDC token must match: each a list of values (any of them matches). */
export type AllowRule = Partial<Record<ClaimName, string[]>>;

export interface Identity {
  name: string;
  /** The name of the issuer whose tokens this identity trusts (a key of `issuers`). */
  issuer: string;
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
  /** The issuers by name; a token's `iss` picks one by exact match. */
  issuers: Map<string, IssuerConfig>;
  replayStore: ReplayStoreSetting;
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
export const CONFIG_DEFAULTS = {
  explain_refusals: false,
  max_connections: 1024,
  revoke_check_seconds: 60,
  replay_store: 'memory',
} as const;

const TOP_LEVEL = ['audience', 'issuer', 'issuers', 'accounts', 'identities', ...Object.keys(CONFIG_DEFAULTS)];

/** Configuration problems, each named by its path in the file. Never carries a secret: the file holds none. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

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

function readAllow(
  read: Reader,
  raw: unknown,
  where: string,
  kind: IssuerKind,
): { allow: AllowRule; rules: CompiledRule[] } | undefined {
  const fields = read.record(raw, where);
  if (fields === undefined) return undefined;
  const kindRules = KIND_RULES[kind];
  const allow: AllowRule = {};
  const rules: CompiledRule[] = [];
  for (const [claim, value] of Object.entries(fields)) {
    if (!(kindRules.claims as readonly string[]).includes(claim)) {
      read.problem(
        `${where}.${claim} is not a claim a ${kind === 'github' ? 'GitHub' : 'GitLab'} policy can match (${kindRules.claims.join(', ')})`,
      );
      continue;
    }
    const patterns = read.values(value, `${where}.${claim}`);
    if (patterns === undefined) continue;
    const compiled = compileRule(kindRules, claim as ClaimName, patterns);
    if (typeof compiled === 'string') read.problem(`${where}.${claim}: ${compiled}`);
    else {
      allow[claim as ClaimName] = patterns;
      rules.push(compiled);
    }
  }
  // Deny by default: a policy must at least pin the repository (project) or its owner (namespace), by name or ID.
  if (!kindRules.mustName.some((claim) => claim in fields))
    read.problem(
      kind === 'github'
        ? `${where} must name a repository, a repository_owner or their IDs`
        : `${where} must name a project_path, a namespace_path or their IDs`,
    );
  return { allow, rules };
}

function readIdentity(
  read: Reader,
  name: string,
  raw: unknown,
  accounts: Set<string>,
  issuers: Map<string, IssuerConfig>,
): Identity | undefined {
  const where = `identities.${name}`;
  const fields = read.record(raw, where);
  if (fields === undefined) return undefined;
  const issuer = identityIssuer(read, fields['issuer'], where, issuers);
  const account = read.text(fields['account'], `${where}.account`);
  if (account !== undefined && !accounts.has(account)) read.problem(`${where}.account names no account under accounts`);
  const scopes = read.values(fields['scopes'], `${where}.scopes`);
  if (scopes !== undefined && !scopes.every(isScopeName))
    read.problem(`${where}.scopes lists something that is not a Dropbox scope`);
  if (issuer === undefined) return undefined;
  const policy = readAllow(read, fields['allow'], `${where}.allow`, issuers.get(issuer)!.kind);
  if (account === undefined || scopes === undefined || policy === undefined) return undefined;
  return { name, issuer, account, scopes: [...new Set(scopes)].sort(), ...policy };
}

/** The identity's issuer: named, or the only one configured. */
function identityIssuer(
  read: Reader,
  raw: unknown,
  where: string,
  issuers: Map<string, IssuerConfig>,
): string | undefined {
  if (raw === undefined) {
    if (issuers.size === 1) return [...issuers.keys()][0];
    return read.problem(`${where}.issuer must name one of the issuers (${[...issuers.keys()].join(', ')})`);
  }
  const name = read.text(raw, `${where}.issuer`);
  if (name !== undefined && !issuers.has(name)) return read.problem(`${where}.issuer names no issuer under issuers`);
  return name;
}

/** A name pinned without its ID can be registered again by someone else once it is deleted or renamed. */
function nameWithoutId(identity: Identity, kind: IssuerKind): string | undefined {
  const { allow } = identity;
  const [[path, pathId], [owner, ownerId]] = KIND_RULES[kind].pins as [[ClaimName, ClaimName], [ClaimName, ClaimName]];
  const unpinned: string[] = [];
  if (allow[path] !== undefined && allow[pathId] === undefined && allow[ownerId] === undefined)
    unpinned.push(`${path} without ${pathId}`);
  if (allow[owner] !== undefined && allow[ownerId] === undefined) unpinned.push(`${owner} without ${ownerId}`);
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
      users.map(({ issuer, allow }) =>
        JSON.stringify([
          issuer,
          ...[...KIND_RULES.github.mustName, ...KIND_RULES.gitlab.mustName].map((claim) => allow[claim]),
        ]),
      ),
    );
    if (repositories.size > 1)
      lines.push(
        `account ${account} is shared by identities with different repositories (${users.map((u) => u.name).join(', ')}): a revoke by any one of them stops all of them; give each its own account (dropbox-token-bootstrap --broker-config)`,
      );
  }
  return lines;
}

function readTop(read: Reader, top: Record<string, unknown>) {
  for (const key of Object.keys(top))
    if (!TOP_LEVEL.includes(key)) read.problem(`${key} is not a setting (${TOP_LEVEL.join(', ')})`);
  const audience = read.text(top['audience'], 'audience');
  return {
    audience,
    issuers: readIssuers(read, top['issuer'], top['issuers']),
    replayStore: readReplayStore(read, top['replay_store']),
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
    const identity = readIdentity(read, name, value, new Set(Object.keys(declared)), settings.issuers);
    if (identity !== undefined) identities.set(name, identity);
  }
  const { audience } = settings;
  if (read.problems.length > 0 || audience === undefined) throw new ConfigError(read.problems);
  const warnings = [
    ...[...identities.values()]
      .map((identity) => nameWithoutId(identity, settings.issuers.get(identity.issuer)!.kind))
      .filter((line) => line !== undefined),
    ...sharedAccounts(identities.values()),
  ];
  return { ...settings, audience, accounts, identities, warnings };
}

/** The secrets the accounts name that the environment lacks, as problems. */
export function missingSecrets(config: BrokerConfig, secrets: (name: string) => string | undefined): string[] {
  const store = config.replayStore;
  return [
    ...[...config.accounts.values()]
      .filter((account) => !secrets(account.refreshTokenEnv))
      .map((account) => `the refresh token of account ${account.name} is not set: ${account.refreshTokenEnv}`),
    ...(store.kind !== 'memory' && store.passwordEnv !== undefined && !secrets(store.passwordEnv)
      ? [`the replay store's password is not set: ${store.passwordEnv}`]
      : []),
  ];
}
