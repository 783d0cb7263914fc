/** The names the bootstrap gives what it stores, and reads from the environment: one place for each. */
export const STORED_NAMES = {
  /** The refresh token's secret (`--secret-name` changes it). */
  refreshToken: 'DROPBOX_REFRESH_TOKEN',
  /** The app key: an Actions variable (or a secret with --app-key-as-secret), and the environment variable read. */
  appKey: 'DROPBOX_APP_KEY',
  /** The app secret: a secret, and the environment variable read. */
  appSecret: 'DROPBOX_APP_SECRET',
} as const;
