import { isCredentialShaped, isScopeName } from '@dropbox-token/core';
import { parse } from 'yaml';

/** GitHub.com's Actions issuer (docs.github.com "OpenID Connect reference"); GHES: https://HOST/_services/token. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Which claims of the workflow's OIDC token must match: each a value, or a list of values; `*` matches any run of characters. */
export interface AllowRule {
  repository?: string[];
  repository_owner?: string[];
  ref?: string[];
  environment?: string[];
  job_workflow_ref?: string[];
  event_name?: string[];
}

export const RULE_CLAIMS = [
  'repository',
  'repository_owner',
  'ref',
  'environment',
  'job_workflow_ref',
  'event_name',
] as const satisfies readonly (keyof AllowRule)[];

export interface Identity {
  name: string;
  account: string;
  /** The scopes an access token for this identity may carry (the most it can ask for). */
  scopes: string[];
  allow: AllowRule;
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
}

/** A configuration problem, named by its path in the file. Never carries a secret: the file holds none. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${where} must be a mapping`);
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.trim() === '' || (pattern !== undefined && !pattern.test(value)))
    throw new ConfigError(
      `${where} must be ${pattern === undefined ? 'a non-empty string' : `a string matching ${pattern}`}`,
    );
  return value;
}

/** One value or a list of them, as a list. */
function values(value: unknown, where: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new ConfigError(`${where} must not be empty`);
  return list.map((item, i) => text(item, `${where}[${i}]`));
}

function readAccount(name: string, raw: unknown): Account {
  const where = `accounts.${name}`;
  const fields = record(raw, where);
  const appKey = text(fields['app_key'], `${where}.app_key`);
  if (!isCredentialShaped(appKey)) throw new ConfigError(`${where}.app_key has whitespace or control characters`);
  return {
    name,
    appKey,
    refreshTokenEnv: text(fields['refresh_token_env'], `${where}.refresh_token_env`, ENV_NAME),
    appSecretEnv:
      fields['app_secret_env'] === undefined
        ? undefined
        : text(fields['app_secret_env'], `${where}.app_secret_env`, ENV_NAME),
  };
}

function readIdentity(name: string, raw: unknown, accounts: Map<string, Account>): Identity {
  const where = `identities.${name}`;
  const fields = record(raw, where);
  const account = text(fields['account'], `${where}.account`);
  if (!accounts.has(account)) throw new ConfigError(`${where}.account names no account under accounts`);
  const scopes = values(fields['scopes'], `${where}.scopes`);
  if (!scopes.every(isScopeName)) throw new ConfigError(`${where}.scopes lists something that is not a Dropbox scope`);
  const allowFields = record(fields['allow'], `${where}.allow`);
  const allow: AllowRule = {};
  for (const [claim, value] of Object.entries(allowFields)) {
    if (!(RULE_CLAIMS as readonly string[]).includes(claim))
      throw new ConfigError(`${where}.allow.${claim} is not a claim a policy can match (${RULE_CLAIMS.join(', ')})`);
    allow[claim as keyof AllowRule] = values(value, `${where}.allow.${claim}`);
  }
  // Deny by default: a policy must at least pin the repository or its owner.
  if (allow.repository === undefined && allow.repository_owner === undefined)
    throw new ConfigError(`${where}.allow must name a repository or a repository_owner`);
  return { name, account, scopes, allow };
}

/** Reads `broker.yaml` (YAML or JSON): every field checked, so a typo fails at start-up, not on a request. */
export function parseBrokerConfig(source: string): BrokerConfig {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    throw new ConfigError(`the configuration is not YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const top = record(raw, 'the configuration');
  const audience = text(top['audience'], 'audience');
  const issuer = top['issuer'] === undefined ? GITHUB_ISSUER : text(top['issuer'], 'issuer');
  if (!/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(issuer))
    throw new ConfigError('issuer must be an https URL (http only on loopback, for tests)');
  const accounts = new Map<string, Account>();
  for (const [name, value] of Object.entries(record(top['accounts'], 'accounts')))
    accounts.set(text(name, 'an account name', NAME), readAccount(name, value));
  const identities = new Map<string, Identity>();
  for (const [name, value] of Object.entries(record(top['identities'], 'identities')))
    identities.set(text(name, 'an identity name', NAME), readIdentity(name, value, accounts));
  return { audience, issuer: issuer.replace(/\/+$/, ''), accounts, identities };
}
