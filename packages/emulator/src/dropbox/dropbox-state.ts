import { ALNUM_LOWER, BASE64URL, randomToken } from '../http-util.js';

export interface DropboxApp {
  /** App key (client_id). */
  key: string;
  /** App secret (client_secret). */
  secret: string;
  /** Shown on the consent page. */
  name: string;
  /** Redirect URIs registered in the "App Console", matched exactly. */
  redirectUris: string[];
  /** Scopes enabled on the app. */
  scopes: string[];
}

export interface DropboxAccountRecord {
  accountId: string;
  displayName: string;
  givenName: string;
  surname: string;
  email: string;
  country: string;
}

export type ConsentMode = 'approve' | 'deny' | 'page';

export interface AuthorizationCode {
  appKey: string;
  redirectUri: string | undefined;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  scopes: string[];
  tokenAccessType: string;
  expiresAt: number;
  used: boolean;
}

export interface RefreshTokenRecord {
  appKey: string;
  scopes: string[];
  /** True when minted by a public (PKCE, no secret) client: then it may be refreshed with client_id alone. */
  publicClient: boolean;
  revoked: boolean;
}

export interface AccessTokenRecord {
  appKey: string;
  scopes: string[];
  expiresAt: number;
  refreshToken: string | undefined;
  revoked: boolean;
}

/** UNCONFIRMED in the reference: the exact code lifetime. Dropbox staff say "exchange quickly"; we pick 10 minutes. */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const ACCESS_TOKEN_LIFETIME_S = 14_400;

export const DEFAULT_SCOPES = [
  'account_info.read',
  'files.metadata.read',
  'files.metadata.write',
  'files.content.read',
  'files.content.write',
];

/** Everything the Dropbox side remembers. */
export class DropboxState {
  readonly apps = new Map<string, DropboxApp>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly accessTokens = new Map<string, AccessTokenRecord>();
  consent: ConsentMode = 'approve';
  readonly account: DropboxAccountRecord = {
    accountId: `dbid:AA${randomToken(BASE64URL, 40)}`,
    displayName: 'Ada Lovelace',
    givenName: 'Ada',
    surname: 'Lovelace',
    email: 'ada@example.com',
    country: 'GB',
  };

  addApp(app: Partial<DropboxApp> = {}): DropboxApp {
    const full: DropboxApp = {
      key: app.key ?? randomToken(ALNUM_LOWER, 15),
      secret: app.secret ?? randomToken(ALNUM_LOWER, 15),
      name: app.name ?? 'Emulated CI Uploader',
      redirectUris: [...(app.redirectUris ?? [])],
      scopes: [...(app.scopes ?? DEFAULT_SCOPES)],
    };
    this.apps.set(full.key, full);
    return full;
  }

  mintCode(record: AuthorizationCode): string {
    const code = randomToken(BASE64URL, 43);
    this.codes.set(code, record);
    return code;
  }

  mintRefreshToken(record: RefreshTokenRecord): string {
    const token = randomToken(BASE64URL, 64);
    this.refreshTokens.set(token, record);
    return token;
  }

  mintAccessToken(record: AccessTokenRecord): string {
    const token = `sl.u.${randomToken(BASE64URL, 140)}`;
    this.accessTokens.set(token, record);
    return token;
  }

  /** Revokes an access token and, as Dropbox does, the refresh token behind it and every access token minted from that. */
  revoke(accessToken: string): void {
    const record = this.accessTokens.get(accessToken);
    if (record === undefined) return;
    record.revoked = true;
    if (record.refreshToken === undefined) return;
    const refresh = this.refreshTokens.get(record.refreshToken);
    if (refresh) refresh.revoked = true;
    for (const other of this.accessTokens.values()) {
      if (other.refreshToken === record.refreshToken) other.revoked = true;
    }
  }
}
