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
  run_id?: string | undefined;
  actor?: string | undefined;
  /** Anything else to put in the token (e.g. `head_ref` for a pull request). */
  extra?: Record<string, unknown> | undefined;
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

export class OidcIssuer {
  #keys: SigningKey[] | undefined;
  /**
   * The keys the JWKS publishes; the first signs. Made on first use: generating an RSA key blocks
   * for a tenth of a second, which every emulator start would otherwise pay.
   */
  get keys(): SigningKey[] {
    firstKey ??= newKey();
    this.#keys ??= [firstKey];
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
  /** Tokens live about five minutes (GitHub's are short-lived; UNCONFIRMED exact figure). */
  lifetimeSeconds = 300;

  constructor(readonly issuer: string) {}

  /** Adds a new signing key; with `retire`, the old ones leave the JWKS (their tokens stop verifying). */
  rotateKey(retire = false): SigningKey {
    const key = newKey();
    this.keys = retire ? [key] : [key, ...this.keys];
    return key;
  }

  /** The claims GitHub puts in a token for the configured run. */
  claimsFor(audience: string, nowMs: number): Record<string, unknown> {
    const run = this.run;
    const [owner] = run.repository.split('/');
    const now = Math.floor(nowMs / 1000);
    // sub: repo:OWNER/NAME:environment:NAME for a job with an environment, else by ref (docs.github.com).
    const sub =
      run.environment === undefined
        ? `repo:${run.repository}:ref:${run.ref}`
        : `repo:${run.repository}:environment:${run.environment}`;
    return {
      jti: randomUUID(),
      sub,
      aud: audience,
      ref: run.ref,
      ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      repository: run.repository,
      repository_id: '690439361',
      repository_owner: owner,
      repository_owner_id: '9919',
      repository_visibility: 'private',
      run_id: run.run_id ?? '1658821493',
      run_number: '12',
      run_attempt: '1',
      actor: run.actor ?? 'octocat',
      actor_id: '583231',
      workflow: 'deploy',
      event_name: run.event_name,
      ...(run.environment === undefined ? {} : { environment: run.environment }),
      ...(run.job_workflow_ref === undefined ? {} : { job_workflow_ref: run.job_workflow_ref }),
      runner_environment: 'github-hosted',
      iss: this.issuer,
      nbf: now - 5,
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
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'repository',
          'repository_owner',
          'run_id',
          'actor',
          'workflow',
          'event_name',
          'ref_type',
          'environment',
          'job_workflow_ref',
        ],
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
