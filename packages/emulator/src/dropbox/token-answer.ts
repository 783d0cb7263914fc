import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { signJwt } from '../oidc/oidc-issuer.js';
import type { AuthorizationCode, DropboxState, TokenSubject } from './dropbox-state.js';

/** What one token answer holds: an exchange's (with its owner, and an id_token for openid) or a refresh's. */
export interface TokenAnswer {
  accessToken: string;
  /** Undefined for a `legacy` exchange, which answers no expires_in (reference §10). */
  expiresIn: number | undefined;
  refreshToken?: string | undefined;
  scope?: string | undefined;
  /** An exchange names the owner: a team-linked app's answer names the team and no account (reference §9). */
  subject?: TokenSubject | undefined;
  idToken?: string | undefined;
}

/** The token endpoint's JSON, built in one place for the exchange and the refresh. */
export function tokenAnswerJson(answer: TokenAnswer): Record<string, unknown> {
  const body: Record<string, unknown> = { access_token: answer.accessToken, token_type: 'bearer' };
  if (answer.expiresIn !== undefined) body['expires_in'] = answer.expiresIn;
  if (answer.refreshToken !== undefined) body['refresh_token'] = answer.refreshToken;
  if (answer.scope !== undefined) body['scope'] = answer.scope;
  const subject = answer.subject;
  if (subject !== undefined) {
    // The Java SDK's DbxAuthFinish reader accepts account_id or team_id, and a numeric uid.
    const owner = 'teamId' in subject ? subject.teamId : subject.accountId;
    body['uid'] = String(100000 + (owner.charCodeAt(10) % 900000));
    if ('teamId' in subject) body['team_id'] = subject.teamId;
    else body['account_id'] = subject.accountId;
  }
  if (answer.idToken !== undefined) body['id_token'] = answer.idToken;
  return body;
}

let signingKey: ReturnType<typeof generateKeyPairSync> | undefined;

/**
 * The `id_token` of an exchange whose authorization asked for `openid` (developers.dropbox.com OIDC
 * guide; reference §11): RS256, `iss` www.dropbox.com, `sub` the account, `aud` the app key, the
 * authorize URL's `nonce`, and `email`/`given_name`/`family_name` with those scopes. UNCONFIRMED:
 * its lifetime and the key (Dropbox publishes its own JWKS; ours is made per process, on first use).
 */
export function idTokenFor(state: DropboxState, code: AuthorizationCode, nowMs: number): string | undefined {
  if (!code.scopes.includes('openid') || 'teamId' in code.subject) return undefined;
  const account = state.accounts.get(code.subject.accountId);
  if (account === undefined) return undefined;
  signingKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(nowMs / 1000);
  const claims: Record<string, unknown> = {
    iss: 'https://www.dropbox.com',
    sub: account.accountId,
    aud: code.appKey,
    exp: now + 3600,
    iat: now,
    jti: randomUUID(),
    ...(code.nonce === undefined ? {} : { nonce: code.nonce }),
    ...(code.scopes.includes('email') ? { email: account.email, email_verified: true } : {}),
    ...(code.scopes.includes('profile') ? { given_name: account.givenName, family_name: account.surname } : {}),
  };
  return signJwt({ typ: 'JWT', alg: 'RS256', kid: 'emulator' }, claims, signingKey.privateKey);
}
