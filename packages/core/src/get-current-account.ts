import { type AccessTokenOptions, callApiWithoutArguments } from './call-api.js';

export interface DropboxAccount {
  accountId: string;
  displayName: string;
  email: string | undefined;
  /** The whole `FullAccount` object as Dropbox sent it (country, account_type, team, ...). */
  raw: Record<string, unknown>;
}

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Calls `users/get_current_account` with the token: the cheapest proof that a token works. */
export async function getCurrentAccount(options: AccessTokenOptions): Promise<DropboxAccount> {
  return callApiWithoutArguments('getCurrentAccount', '/2/users/get_current_account', options, (body, invalid) => {
    const accountId = field(body, 'account_id');
    if (typeof accountId !== 'string') return invalid('account_id is missing');
    return {
      accountId,
      displayName: stringOrUndefined(field(field(body, 'name'), 'display_name')) ?? accountId,
      email: stringOrUndefined(field(body, 'email')),
      raw: body as Record<string, unknown>,
    };
  });
}
