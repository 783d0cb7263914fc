import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http-util.js';
import { type SigningKey, sharedFirstKey, signJwt } from './oidc-issuer.js';

/**
 * A GitLab instance's ID-token issuer, as docs.gitlab.com "OpenID Connect (OIDC) Authentication
 * Using ID Tokens" describes it (shared/reference/github-secrets-api.md, "GitLab CI ID tokens"):
 * discovery, the JWKS at `/oauth/discovery/keys`, and RS256 tokens with GitLab's claims, which a
 * job gets with `id_tokens: { NAME: { aud: … } }`.
 */

/** The job the next token describes. */
export interface GitLabRunClaims {
  project_path: string;
  project_id?: string | undefined;
  namespace_id?: string | undefined;
  ref: string;
  ref_type?: 'branch' | 'tag' | undefined;
  /** `"true"` or `"false"`, as GitLab sends it. */
  ref_protected: 'true' | 'false';
  /** `push`, `web`, `schedule`, `merge_request_event`, ... */
  pipeline_source: string;
  environment?: string | undefined;
  user_login?: string | undefined;
  extra?: Record<string, unknown> | undefined;
}

/** Every claim GitLab lists for ID tokens. */
const CLAIMS_SUPPORTED = (
  'sub aud exp iat iss jti nbf namespace_id namespace_path project_id project_path user_id user_login user_email ' +
  'user_access_level pipeline_id pipeline_source job_id ref ref_type ref_path ref_protected environment ' +
  'environment_protected deployment_tier runner_id runner_environment sha project_visibility ci_config_ref_uri ci_config_sha'
).split(' ');

export class GitLabIssuer {
  keys: SigningKey[] = [];
  run: GitLabRunClaims = {
    project_path: 'octo-group/demo-project',
    ref: 'main',
    ref_protected: 'true',
    pipeline_source: 'push',
  };

  constructor(readonly issuer: string) {}

  #key(): SigningKey {
    if (this.keys.length === 0) this.keys = [sharedFirstKey()];
    return this.keys[0]!;
  }

  /** The claims GitLab puts in a job's ID token; every value a string but the times. */
  claimsFor(audience: string, nowMs: number): Record<string, unknown> {
    const run = this.run;
    const namespace = run.project_path.slice(0, run.project_path.lastIndexOf('/'));
    const refType = run.ref_type ?? 'branch';
    const now = Math.floor(nowMs / 1000);
    return {
      jti: randomUUID(),
      iss: this.issuer,
      aud: audience,
      // sub: project_path:GROUP/PROJECT:ref_type:branch:ref:main (reference).
      sub: `project_path:${run.project_path}:ref_type:${refType}:ref:${run.ref}`,
      namespace_id: run.namespace_id ?? '4242',
      namespace_path: namespace,
      project_id: run.project_id ?? '4815162342',
      project_path: run.project_path,
      user_id: '31',
      user_login: run.user_login ?? 'ada',
      user_email: 'ada@example.com',
      user_access_level: 'developer',
      pipeline_id: '1207',
      pipeline_source: run.pipeline_source,
      job_id: '3032',
      ref: run.ref,
      ref_type: refType,
      ref_path: `refs/${refType === 'tag' ? 'tags' : 'heads'}/${run.ref}`,
      ref_protected: run.ref_protected,
      ...(run.environment === undefined ? {} : { environment: run.environment, environment_protected: 'true' }),
      runner_id: '7',
      runner_environment: 'gitlab-hosted',
      sha: '9f3b2c1d0e8a7f6b5c4d3e2f1a0b9c8d7e6f5a4b',
      project_visibility: 'private',
      ci_config_ref_uri: `gitlab.example/${run.project_path}//.gitlab-ci.yml@refs/heads/${run.ref}`,
      ci_config_sha: '9f3b2c1d0e8a7f6b5c4d3e2f1a0b9c8d7e6f5a4b',
      nbf: now - 5,
      iat: now,
      exp: now + 300,
      ...run.extra,
    };
  }

  issue(audience: string, nowMs: number): string {
    const key = this.#key();
    return signJwt({ typ: 'JWT', alg: 'RS256', kid: key.kid }, this.claimsFor(audience, nowMs), key.privateKey);
  }

  sign(header: Record<string, unknown>, payload: Record<string, unknown>): string {
    return signJwt(header, payload, this.#key().privateKey);
  }

  /** `/gitlab/...`: discovery and the JWKS. Answers and returns true when it handled `path`. */
  handle(_req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const path = url.pathname.replace(/^\/gitlab/, '');
    if (path === '/.well-known/openid-configuration') {
      sendJson(res, 200, {
        issuer: this.issuer,
        jwks_uri: `${this.issuer}/oauth/discovery/keys`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        claims_supported: CLAIMS_SUPPORTED,
      });
      return true;
    }
    if (path === '/oauth/discovery/keys') {
      this.#key();
      sendJson(res, 200, { keys: this.keys.map((key) => key.publicJwk) });
      return true;
    }
    return false;
  }
}
