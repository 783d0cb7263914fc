import {
  type CommonOptions,
  type DropboxAccount,
  type DropboxTeam,
  type DropboxTeamAdmin,
  getAuthenticatedAdmin,
  getCurrentAccount,
  getTeamInfo,
  isDropboxOAuthError,
  teamSpacePathRoot,
} from '@dropbox-token/core';
import type { OutputName } from './main.js';

/** Who a verified token acts for: one account (perhaps a team member), or a whole team. */
export type VerifiedOwner =
  | { kind: 'account'; account: DropboxAccount }
  | { kind: 'team'; team: DropboxTeam; admin: DropboxTeamAdmin };

/**
 * Proves the token works. A user token answers `users/get_current_account`; a team token (from
 * a team-linked app) is refused there with `team_token_on_user_route`, and then answers the team
 * routes, which name the team and the admin who authorized it.
 */
export async function verifyToken(accessToken: string, options: () => CommonOptions): Promise<VerifiedOwner> {
  try {
    return { kind: 'account', account: await getCurrentAccount({ accessToken, ...options() }) };
  } catch (error) {
    if (!isDropboxOAuthError(error) || error.code !== 'team_token_on_user_route') throw error;
  }
  const [admin, team] = await Promise.all([
    getAuthenticatedAdmin({ accessToken, ...options() }),
    getTeamInfo({ accessToken, ...options() }),
  ]);
  return { kind: 'team', team, admin };
}

/** The verification outputs by name; a value is absent when it does not apply to this kind of token. */
export function ownerOutputs(owner: VerifiedOwner): { [name in OutputName]?: string | undefined } {
  if (owner.kind === 'team') return { 'team-id': owner.team.teamId, 'team-member-id': owner.admin.teamMemberId };
  const { account } = owner;
  return {
    'account-id': account.accountId,
    'team-id': account.teamId,
    'team-member-id': account.teamMemberId,
    'root-namespace-id': account.rootInfo?.rootNamespaceId,
    'path-root': teamSpacePathRoot(account),
  };
}

/** One line for the log and the summary: whose token it is, without an email address. */
export function describeOwner(owner: VerifiedOwner): string {
  if (owner.kind === 'team')
    return `the whole Dropbox team ${owner.team.name} (${owner.team.teamId}), authorized by admin ${owner.admin.displayName}`;
  const { account } = owner;
  const team = account.teamName === undefined ? '' : `, a member of team ${account.teamName}`;
  return `Dropbox account ${account.accountId}${team}`;
}
