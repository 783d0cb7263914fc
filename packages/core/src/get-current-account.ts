import { type AccessTokenOptions, type ReadResult, callApiWithoutArguments } from './call-api.js';
import { isIdentifierShaped, isPrintableText } from './validate-values.js';

/** Where an account's paths start (`root_info` in common.stone). */
export interface DropboxRootInfo {
  /** `team`: a member of a team with a shared team space; `user`: the account's own root. */
  tag: 'team' | 'user';
  /** The namespace paths are relative to with the `root` path root: the team space for `team`. */
  rootNamespaceId: string;
  /** The account's home folder namespace (equal to `rootNamespaceId` for `user`). */
  homeNamespaceId: string;
}

export interface DropboxAccount {
  accountId: string;
  displayName: string;
  email: string | undefined;
  /** The team's id and name, for a member of a Dropbox team. */
  teamId: string | undefined;
  teamName: string | undefined;
  /** This account's id as a member of its team (`dbmid:...`). */
  teamMemberId: string | undefined;
  rootInfo: DropboxRootInfo | undefined;
  /** The whole `FullAccount` object as Dropbox sent it (country, account_type, team, ...). */
  raw: Record<string, unknown>;
}

export interface GetCurrentAccountOptions extends AccessTokenOptions {
  /** A `Dropbox-API-Path-Root` value, e.g. from `teamSpacePathRoot`. */
  pathRoot?: string | undefined;
}

export function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
}

type Invalid = Parameters<ReadResult<unknown>>[1];

/** An optional text field: absent, or printable (no line breaks or control characters). */
export function optionalText(value: unknown, name: string, invalid: Invalid): string | undefined {
  return value == null ? undefined : isPrintableText(value) ? value : invalid(`${name} is malformed`);
}

/** An optional id: absent, or printable ASCII without spaces. */
export function optionalId(value: unknown, name: string, invalid: Invalid): string | undefined {
  return value == null ? undefined : isIdentifierShaped(value) ? value : invalid(`${name} is malformed`);
}

function readRootInfo(value: unknown, invalid: Invalid): DropboxRootInfo | undefined {
  if (value == null) return undefined;
  const tag = field(value, '.tag');
  const rootNamespaceId = field(value, 'root_namespace_id');
  const homeNamespaceId = field(value, 'home_namespace_id');
  if (
    (tag !== 'team' && tag !== 'user') ||
    !isIdentifierShaped(rootNamespaceId) ||
    !isIdentifierShaped(homeNamespaceId)
  )
    return invalid('root_info is malformed');
  return { tag, rootNamespaceId, homeNamespaceId };
}

/**
 * Calls `users/get_current_account` with the token: the cheapest proof that a user token works.
 * A team token must select a member (`selectUser` or `selectAdmin`); see `getAuthenticatedAdmin`.
 */
export async function getCurrentAccount(options: GetCurrentAccountOptions): Promise<DropboxAccount> {
  return callApiWithoutArguments('getCurrentAccount', '/2/users/get_current_account', options, (body, invalid) => {
    const accountId = field(body, 'account_id');
    if (!isIdentifierShaped(accountId)) return invalid('account_id is missing or malformed');
    const team = field(body, 'team');
    return {
      accountId,
      displayName: optionalText(field(field(body, 'name'), 'display_name'), 'name', invalid) ?? accountId,
      email: optionalText(field(body, 'email'), 'email', invalid),
      teamId: optionalId(field(team, 'id'), 'team id', invalid),
      teamName: optionalText(field(team, 'name'), 'team name', invalid),
      teamMemberId: optionalId(field(body, 'team_member_id'), 'team_member_id', invalid),
      rootInfo: readRootInfo(field(body, 'root_info'), invalid),
      raw: body as Record<string, unknown>,
    };
  });
}

/**
 * The `Dropbox-API-Path-Root` value that makes later calls see a team member's team space
 * (`{".tag":"root","root":"<root namespace id>"}`), or undefined when the account has no team space.
 */
export function teamSpacePathRoot(account: Pick<DropboxAccount, 'rootInfo'>): string | undefined {
  const info = account.rootInfo;
  return info?.tag === 'team' ? JSON.stringify({ '.tag': 'root', root: info.rootNamespaceId }) : undefined;
}
