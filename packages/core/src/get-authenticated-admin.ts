import { type AccessTokenOptions, callApiWithoutArguments } from './call-api.js';
import { field, optionalId, optionalText } from './get-current-account.js';
import { isIdentifierShaped } from './validate-values.js';

/** The team admin who authorized a team token. */
export interface DropboxTeamAdmin {
  /** Pass as `selectAdmin` (the `Dropbox-API-Select-Admin` header) to act as this admin. */
  teamMemberId: string;
  accountId: string | undefined;
  displayName: string;
  email: string | undefined;
}

/**
 * Calls `team/token/get_authenticated_admin` with a team token (from a team-linked app): the
 * cheapest proof that a team token works. Needs the `team_info.read` scope (team.stone).
 */
export async function getAuthenticatedAdmin(options: AccessTokenOptions): Promise<DropboxTeamAdmin> {
  const path = '/2/team/token/get_authenticated_admin';
  return callApiWithoutArguments('getAuthenticatedAdmin', path, options, (body, invalid) => {
    const profile = field(body, 'admin_profile');
    const teamMemberId = field(profile, 'team_member_id');
    if (!isIdentifierShaped(teamMemberId)) return invalid('admin_profile.team_member_id is missing or malformed');
    return {
      teamMemberId,
      accountId: optionalId(field(profile, 'account_id'), 'account_id', invalid),
      displayName: optionalText(field(field(profile, 'name'), 'display_name'), 'name', invalid) ?? teamMemberId,
      email: optionalText(field(profile, 'email'), 'email', invalid),
    };
  });
}
