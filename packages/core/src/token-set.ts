/** What a token grant returns, in camelCase. */
export interface TokenSet {
  /** The short-lived access token (starts with `sl.`). Secret. */
  accessToken: string;
  /** Always `bearer` in practice. */
  tokenType: string;
  /**
   * Seconds the access token lives, as sent (typically 14400). Absent only for a `legacy`
   * code exchange, whose long-lived token has no expiry.
   */
  expiresIn?: number;
  /** When the access token expires, computed from the clock at receipt; absent with `expiresIn`. */
  expiresAt?: Date;
  /** Scopes granted to the token (empty when Dropbox did not list them). */
  scopes: string[];
  /** Only from a code exchange with `token_access_type=offline`. Secret. */
  refreshToken?: string;
  /** The linked account, for an app linked to one user. */
  accountId?: string;
  /** The linked team, for a team-linked app (one with team scopes): then there is no `accountId`. */
  teamId?: string;
  uid?: string;
  /** Only with OpenID Connect scopes. */
  idToken?: string;
}
