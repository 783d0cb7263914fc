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
  /** The namespace of the account's own home folder. */
  homeNamespaceId: string;
  /** Set for a member of a Dropbox team. */
  membership?: TeamMembership | undefined;
}

/** A Dropbox Business team with a shared team space (its own root namespace). */
export interface TeamRecord {
  teamId: string;
  name: string;
  rootNamespaceId: string;
  members: DropboxAccountRecord[];
}

export interface TeamMembership {
  team: TeamRecord;
  /** `dbmid:...`, what Dropbox-API-Select-User/-Admin name. */
  teamMemberId: string;
  admin: boolean;
}

/**
 * Whom a token acts for: one account (a user-linked app), or a whole team (a team-linked app,
 * authorized by one of its admins; reference §9).
 */
export type TokenSubject = { accountId: string } | { teamId: string; adminAccountId: string };

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
  subject: TokenSubject;
  /** From the authorize URL, for the id_token of an `openid` authorization. */
  nonce?: string | undefined;
}

export interface RefreshTokenRecord {
  appKey: string;
  scopes: string[];
  /** True when minted by a public (PKCE, no secret) client: then it may be refreshed with client_id alone. */
  publicClient: boolean;
  revoked: boolean;
  subject: TokenSubject;
}

export interface AccessTokenRecord {
  appKey: string;
  scopes: string[];
  expiresAt: number;
  refreshToken: string | undefined;
  revoked: boolean;
  subject: TokenSubject;
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

// Scopes that make an app team-linked: the `team.stone`/`team_*.stone` routes' scope prefixes
// (team_info.read, team_data.member, members.read, groups.read, sessions.list, events.read, ...).
const TEAM_SCOPE = /^(team_|members\.|groups\.|sessions\.|events\.|files\.team_)/;

export function isTeamScope(scope: string): boolean {
  return TEAM_SCOPE.test(scope);
}

let namespaceCounter = 3_235_641;
function nextNamespaceId(): string {
  namespaceCounter += 1 + Math.floor(Math.random() * 1000);
  return String(namespaceCounter);
}

/** Everything the Dropbox side remembers. */
export class DropboxState {
  readonly apps = new Map<string, DropboxApp>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly accessTokens = new Map<string, AccessTokenRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly accounts = new Map<string, DropboxAccountRecord>();
  consent: ConsentMode = 'approve';
  /** The individual account the emulator starts with. */
  readonly account: DropboxAccountRecord = this.addAccount('Ada', 'Lovelace');
  /** Who is signed in at the consent page: that account authorizes. */
  signedIn: DropboxAccountRecord = this.account;

  addAccount(givenName: string, surname: string, membership?: Omit<TeamMembership, 'teamMemberId'>) {
    const account: DropboxAccountRecord = {
      // users_common.stone: AccountId = String(min_length=40, max_length=40); real ones are dbid:AA + 33.
      accountId: `dbid:AA${randomToken(BASE64URL, 33)}`,
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      email: `${givenName.toLowerCase()}@example.com`,
      country: 'GB',
      homeNamespaceId: nextNamespaceId(),
      membership:
        membership === undefined ? undefined : { ...membership, teamMemberId: `dbmid:AA${randomToken(BASE64URL, 32)}` },
    };
    this.accounts.set(account.accountId, account);
    membership?.team.members.push(account);
    return account;
  }

  /** A team with an admin (Grace Hopper) and a member (Alan Turing). */
  addTeam(name = 'Analytical Engines Ltd'): TeamRecord {
    const team: TeamRecord = {
      teamId: `dbtid:AA${randomToken(BASE64URL, 40)}`,
      name,
      rootNamespaceId: nextNamespaceId(),
      members: [],
    };
    this.teams.set(team.teamId, team);
    this.addAccount('Grace', 'Hopper', { team, admin: true });
    this.addAccount('Alan', 'Turing', { team, admin: false });
    return team;
  }

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

  /** 64 characters, as Dropbox issues them today; `length` for tests of clients that must not assume it (Dropbox documents no length). */
  mintRefreshToken(record: RefreshTokenRecord, length = 64): string {
    const token = randomToken(BASE64URL, length);
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
