import { type KeyObject, createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBearer, sendJson } from '../http-util.js';

/**
 * A GitHub Actions OIDC issuer, as token.actions.githubusercontent.com behaves (docs.github.com
 * "OpenID Connect reference": discovery, JWKS, RS256 tokens with GitHub's claims), and the
 * runner's token-request endpoint that `ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN` name
 * (actions/toolkit `core.getIDToken`: GET the URL with `&audience=`, Bearer the request token,
 * answer `{ "value": "<jwt>" }`).
 */

/** The run the next token describes: GitHub's custom claims (docs.github.com, "OIDC token claims"). */
export interface OidcRunClaims {
  repository: string;
  ref: string;
  environment?: string | undefined;
  event_name: string;
  job_workflow_ref?: string | undefined;
  /** The caller's workflow (`OWNER/REPO/.github/workflows/FILE@REF`); defaults to job_workflow_ref. */
  workflow_ref?: string | undefined;
  run_id?: string | undefined;
  actor?: string | undefined;
  /** Default 690439361 and 9919; a re-registered name has other IDs. */
  repository_id?: string | undefined;
  repository_owner_id?: string | undefined;
  sha?: string | undefined;
  /** For pull_request runs: the branches (empty strings elsewhere, as GitHub sends them). */
  head_ref?: string | undefined;
  base_ref?: string | undefined;
  /** `sub` in the immutable form `repo:OWNER@OWNER_ID/REPO@REPO_ID:...` (repositories created or renamed since 2026-07-15). */
  immutableSubject?: boolean | undefined;
  /** Anything else to put in the token. */
  extra?: Record<string, unknown> | undefined;
}

/**
 * `sub` as GitHub builds it (shared/reference/github-secrets-api.md, "GitHub Actions OIDC tokens"):
 * the environment when the job has one, else `pull_request` for pull_request runs, else the ref;
 * a `:` inside a value is written `%3A`.
 */
export function subjectOf(run: OidcRunClaims, ids: { repository: string; owner: string }): string {
  const escaped = (value: string) => value.replace(/:/g, '%3A');
  const [owner, name] = run.repository.split('/') as [string, string];
  const repo = run.immutableSubject
    ? `${escaped(owner)}@${ids.owner}/${escaped(name)}@${ids.repository}`
    : escaped(run.repository);
  if (run.environment !== undefined) return `repo:${repo}:environment:${escaped(run.environment)}`;
  if (run.event_name === 'pull_request') return `repo:${repo}:pull_request`;
  return `repo:${repo}:ref:${escaped(run.ref)}`;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
}

// One first key per process, made on first use and shared by the emulators a test run starts:
// each RSA key takes a tenth of a second to make. Rotation makes fresh ones.
let firstKey: SigningKey | undefined;

function newKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID().replace(/-/g, '').slice(0, 24);
  return { kid, privateKey, publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A compact JWS: header and payload as given, signed RS256 with `key` (or unsigned for `alg: none`). */
export function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, key?: KeyObject): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  if (key === undefined) return `${input}.`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

/** `claims_supported` in discovery: every claim the OIDC reference lists (shared/reference/github-secrets-api.md). */
const CLAIMS_SUPPORTED = [
  'sub',
  'aud',
  'exp',
  'iat',
  'iss',
  'jti',
  'nbf',
  'ref',
  'sha',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'enterprise',
  'enterprise_id',
  'run_id',
  'run_number',
  'run_attempt',
  'actor',
  'actor_id',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'head_ref',
  'base_ref',
  'event_name',
  'ref_type',
  'ref_protected',
  'environment',
  'job_workflow_ref',
  'job_workflow_sha',
  'repository_visibility',
  'runner_environment',
];

/** The first key of this process, made on first use and shared by every emulated issuer. */
export function sharedFirstKey(): SigningKey {
  firstKey ??= newKey();
  return firstKey;
}

export class OidcIssuer {
  #keys: SigningKey[] | undefined;
  /**
   * The keys the JWKS publishes; the first signs. Made on first use: generating an RSA key blocks
   * for a tenth of a second, which every emulator start would otherwise pay.
   */
  get keys(): SigningKey[] {
    this.#keys ??= [sharedFirstKey()];
    return this.#keys;
  }
  set keys(keys: SigningKey[]) {
    this.#keys = keys;
  }
  /** The runner's request token: what `ACTIONS_ID_TOKEN_REQUEST_TOKEN` holds. */
  readonly requestToken = `oidc-request-${randomUUID()}`;
  run: OidcRunClaims = {
    repository: 'octo-org/demo-repo',
    ref: 'refs/heads/main',
    event_name: 'push',
    job_workflow_ref: 'octo-org/demo-repo/.github/workflows/deploy.yml@refs/heads/main',
    run_id: '1658821493',
    actor: 'octocat',
  };
  /** Tokens live five minutes: `exp = iat + 300` in decoded real tokens (shared/reference/github-secrets-api.md). */
  lifetimeSeconds = 300;

  constructor(readonly issuer: string) {}

  /** Adds a new signing key; with `retire`, the old ones leave the JWKS (their tokens stop verifying). */
  rotateKey(retire = false): SigningKey {
    const key = newKey();
    this.keys = retire ? [key] : [key, ...this.keys];
    return key;
  }

  /**
   * The claims GitHub puts in a token for the configured run: every one the OIDC reference lists,
   * all strings (ids and `ref_protected` too); `exp` five minutes after `iat`, `nbf` five minutes
   * before it (decoded real tokens: shared/reference/github-secrets-api.md).
   */
  claimsFor(audience: string, nowMs: number): Record<string, unknown> {
    const run = this.run;
    const [owner] = run.repository.split('/');
    const now = Math.floor(nowMs / 1000);
    const ids = { repository: run.repository_id ?? '690439361', owner: run.repository_owner_id ?? '9919' };
    const jobWorkflowRef = run.job_workflow_ref ?? `${run.repository}/.github/workflows/ci.yml@${run.ref}`;
    const sha = run.sha ?? 'e6f2a1c0d3b4f5a6978812a3b4c5d6e7f8091a2b';
    return {
      jti: randomUUID(),
      sub: subjectOf(run, ids),
      aud: audience,
      ref: run.ref,
      sha,
      repository: run.repository,
      repository_id: ids.repository,
      repository_owner: owner,
      repository_owner_id: ids.owner,
      repository_visibility: 'private',
      run_id: run.run_id ?? '1658821493',
      run_number: '12',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      actor: run.actor ?? 'octocat',
      actor_id: '583231',
      workflow: 'deploy',
      workflow_ref: run.workflow_ref ?? jobWorkflowRef,
      workflow_sha: sha,
      head_ref: run.head_ref ?? '',
      base_ref: run.base_ref ?? '',
      event_name: run.event_name,
      ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: run.ref === 'refs/heads/main' ? 'true' : 'false',
      job_workflow_ref: jobWorkflowRef,
      job_workflow_sha: sha,
      ...(run.environment === undefined ? {} : { environment: run.environment }),
      iss: this.issuer,
      nbf: now - 300,
      iat: now,
      exp: now + this.lifetimeSeconds,
      ...run.extra,
    };
  }

  /** A token for the configured run, signed by the current key. */
  issue(audience: string, nowMs: number): string {
    const key = this.keys[0]!;
    return signJwt({ typ: 'JWT', alg: 'RS256', kid: key.kid }, this.claimsFor(audience, nowMs), key.privateKey);
  }

  /** `/oidc/...`: discovery, JWKS, and the runner's token request. Answers and returns true when it handled `path`. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, nowMs: number): boolean {
    const path = url.pathname.replace(/^\/oidc/, '');
    if (path === '/.well-known/openid-configuration') {
      sendJson(res, 200, {
        issuer: this.issuer,
        jwks_uri: `${this.issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: CLAIMS_SUPPORTED,
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
      return true;
    }
    if (path === '/.well-known/jwks') {
      sendJson(res, 200, { keys: this.keys.map((key) => key.publicJwk) });
      return true;
    }
    if (path === '/request-token') {
      if (parseBearer(req.headers.authorization) !== this.requestToken) {
        sendJson(res, 401, { message: 'Bad credentials' });
        return true;
      }
      // @actions/core sends the audience as a query parameter; without one GitHub uses the owner's URL.
      const audience = url.searchParams.get('audience') ?? `https://github.com/${this.run.repository.split('/')[0]}`;
      sendJson(res, 200, { count: 1, value: this.issue(audience, nowMs) });
      return true;
    }
    return false;
  }
}
