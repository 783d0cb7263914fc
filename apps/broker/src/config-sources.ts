import type { IssuerKind } from './claim-rules.js';
import { LOOPBACK_OR_HTTPS, type Reader } from './config-reader.js';

/** GitHub.com's Actions issuer (docs.github.com "OpenID Connect reference"). */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * An issuer the broker trusts, by exact `iss`: GitHub.com, an enterprise's own
 * (`https://token.actions.githubusercontent.com/<slug>`), GHE.com
 * (`https://token.actions.<subdomain>.ghe.com`), GHES (`https://HOST/_services/token`), or GitLab
 * (`https://gitlab.com` or a self-managed instance) with `kind: gitlab`.
 */
export interface IssuerConfig {
  name: string;
  /** Exactly the tokens' `iss`, without a trailing slash. */
  url: string;
  kind: IssuerKind;
}

/** Where each token's `jti` is claimed once: this process, or a store every instance shares. */
export type ReplayStoreSetting =
  | { kind: 'memory' }
  | { kind: 'redis' | 'postgres'; url: string; passwordEnv: string | undefined };

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function readIssuer(read: Reader, name: string, raw: unknown): IssuerConfig | undefined {
  const where = `issuers.${name}`;
  const fields = read.record(raw, where);
  if (fields === undefined) return undefined;
  const url = read.text(fields['url'], `${where}.url`);
  if (url !== undefined && !LOOPBACK_OR_HTTPS.test(url))
    read.problem(`${where}.url must be an https URL (http only on loopback, for tests)`);
  const kind = fields['kind'] ?? 'github';
  if (kind !== 'github' && kind !== 'gitlab') read.problem(`${where}.kind must be github or gitlab`);
  for (const key of Object.keys(fields))
    if (key !== 'url' && key !== 'kind') read.problem(`${where}.${key} is not a setting (url, kind)`);
  if (url === undefined || (kind !== 'github' && kind !== 'gitlab')) return undefined;
  return { name, url: url.replace(/\/+$/, ''), kind };
}

/** `issuers:` by name, or the single top-level `issuer:` (GitHub's), or github.com's by default. */
export function readIssuers(read: Reader, single: unknown, many: unknown): Map<string, IssuerConfig> {
  const issuers = new Map<string, IssuerConfig>();
  if (single !== undefined && many !== undefined) {
    read.problem('issuer and issuers cannot both be set: move the issuer under issuers');
    return issuers;
  }
  if (many === undefined) {
    const url = single === undefined ? GITHUB_ISSUER : read.text(single, 'issuer');
    if (url !== undefined && !LOOPBACK_OR_HTTPS.test(url))
      read.problem('issuer must be an https URL (http only on loopback, for tests)');
    if (url !== undefined) issuers.set('github', { name: 'github', url: url.replace(/\/+$/, ''), kind: 'github' });
    return issuers;
  }
  for (const [name, raw] of Object.entries(read.record(many, 'issuers') ?? {})) {
    if (read.text(name, `issuers.${name}: an issuer name`, NAME) === undefined) continue;
    const issuer = readIssuer(read, name, raw);
    if (issuer === undefined) continue;
    const twin = [...issuers.values()].find((other) => other.url === issuer.url);
    if (twin !== undefined) read.problem(`issuers.${name}.url is the url of issuers.${twin.name} too`);
    issuers.set(name, issuer);
  }
  if (issuers.size === 0 && read.problems.length === 0) read.problem('issuers must name at least one issuer');
  return issuers;
}

/** A store URL as the file may hold it: never with a password (the file is not a secret). */
function storeUrl(read: Reader, text: string, where: string): { kind: 'redis' | 'postgres'; url: string } | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return read.problem(`${where} must be memory, or a redis://, rediss:// or postgres:// URL`);
  }
  const kind = ['redis:', 'rediss:'].includes(url.protocol)
    ? 'redis'
    : ['postgres:', 'postgresql:'].includes(url.protocol)
      ? 'postgres'
      : undefined;
  if (kind === undefined) return read.problem(`${where} must be memory, or a redis://, rediss:// or postgres:// URL`);
  if (url.password !== '')
    return read.problem(
      `${where} must not hold a password: name the variable that holds it (replay_store: { url: ..., password_env: NAME })`,
    );
  return { kind, url: text };
}

/** `replay_store: memory` (the default), a URL, or `{ url, password_env }`. */
export function readReplayStore(read: Reader, raw: unknown): ReplayStoreSetting {
  if (raw === undefined || raw === 'memory') return { kind: 'memory' };
  if (typeof raw === 'string') {
    const store = storeUrl(read, raw, 'replay_store');
    return store === undefined ? { kind: 'memory' } : { ...store, passwordEnv: undefined };
  }
  const fields = read.record(raw, 'replay_store');
  if (fields === undefined) return { kind: 'memory' };
  for (const key of Object.keys(fields))
    if (key !== 'url' && key !== 'password_env')
      read.problem(`replay_store.${key} is not a setting (url, password_env)`);
  const url = read.text(fields['url'], 'replay_store.url');
  const store = url === undefined ? undefined : storeUrl(read, url, 'replay_store.url');
  const passwordEnv =
    fields['password_env'] === undefined
      ? undefined
      : read.text(fields['password_env'], 'replay_store.password_env', ENV_NAME);
  return store === undefined ? { kind: 'memory' } : { ...store, passwordEnv };
}
