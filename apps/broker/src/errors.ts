/** Why a workflow's token was refused: a reason a person can act on, never which part of a signature failed. */
export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';
}

/** The issuer's discovery document or key set could not be read: the broker's problem, not the token's. */
export class IssuerUnavailable extends Error {
  override readonly name = 'IssuerUnavailable';
}

/** Dropbox did not give a token, as reported from elsewhere (a TokenMinter): its code only. */
export class DropboxUnavailable extends Error {
  override readonly name = 'DropboxUnavailable';
  constructor(readonly code: string) {
    super(`Dropbox did not give a token (${code})`);
  }
}
