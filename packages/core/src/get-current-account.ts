import { type AccessTokenOptions, callApiWithoutArguments } from './call-api.js';
import { isIdentifierShaped, isPrintableText } from './validate-values.js';

export interface DropboxAccount {
  accountId: string;
  displayName: string;
  email: string | undefined;
  /** The team's name, for a member of a Dropbox team. */
  teamName: string | undefined;
  /** The whole `FullAccount` object as Dropbox sent it (country, account_type, team, ...). */
  raw: Record<string, unknown>;
}

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
}

/** An optional text field: absent, or printable (no line breaks or control characters). */
function optionalText(value: unknown, name: string, invalid: (reason: string) => never): string | undefined {
  if (value === undefined || value === null) return undefined;
  return isPrintableText(value) ? value : invalid(`${name} is malformed`);
}

/** Calls `users/get_current_account` with the token: the cheapest proof that a token works. */
export async function getCurrentAccount(options: AccessTokenOptions): Promise<DropboxAccount> {
  return callApiWithoutArguments('getCurrentAccount', '/2/users/get_current_account', options, (body, invalid) => {
    const accountId = field(body, 'account_id');
    if (!isIdentifierShaped(accountId)) return invalid('account_id is missing or malformed');
    return {
      accountId,
      displayName: optionalText(field(field(body, 'name'), 'display_name'), 'name', invalid) ?? accountId,
      email: optionalText(field(body, 'email'), 'email', invalid),
      teamName: optionalText(field(field(body, 'team'), 'name'), 'team name', invalid),
      raw: body as Record<string, unknown>,
    };
  });
}
