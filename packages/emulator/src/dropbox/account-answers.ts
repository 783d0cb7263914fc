import type { DropboxAccountRecord, TeamRecord } from './dropbox-state.js';

// The bodies of the account and team routes, as the stone specs (users.stone, team.stone,
// team_policies.stone, common.stone) define them: every field the SDKs require.

/** `root_info` (common.stone RootInfo): a team member sees the team space; anyone else their own root. */
export function rootInfo(account: DropboxAccountRecord) {
  const team = account.membership?.team;
  if (team === undefined)
    return { '.tag': 'user', root_namespace_id: account.homeNamespaceId, home_namespace_id: account.homeNamespaceId };
  return {
    '.tag': 'team',
    root_namespace_id: team.rootNamespaceId,
    home_namespace_id: account.homeNamespaceId,
    home_path: `/${account.displayName}`,
  };
}

function name(account: DropboxAccountRecord) {
  return {
    given_name: account.givenName,
    surname: account.surname,
    familiar_name: account.givenName,
    display_name: account.displayName,
    abbreviated_name: `${account.givenName[0]}${account.surname[0]}`,
  };
}

/** team_policies.stone `TeamSharingPolicies`, every field required (the stone's `example default`). */
const SHARING_POLICIES = {
  shared_folder_member_policy: { '.tag': 'team' },
  shared_folder_join_policy: { '.tag': 'from_anyone' },
  shared_link_create_policy: { '.tag': 'team_only' },
  group_creation_policy: { '.tag': 'admins_only' },
  shared_folder_link_restriction_policy: { '.tag': 'anyone' },
  enforce_link_password_policy: { '.tag': 'optional' },
  default_link_expiration_days_policy: { '.tag': 'none' },
  shared_link_default_permissions_policy: { '.tag': 'default' },
};

/** users.stone `FullAccount`; a member's carries `team` (FullTeam) and `team_member_id`. */
export function fullAccount(account: DropboxAccountRecord) {
  const membership = account.membership;
  const team =
    membership === undefined
      ? {}
      : {
          team: {
            id: membership.team.teamId,
            name: membership.team.name,
            sharing_policies: SHARING_POLICIES,
            office_addin_policy: { '.tag': 'disabled' },
            top_level_content_policy: { '.tag': 'admin_only' },
          },
          team_member_id: membership.teamMemberId,
        };
  return {
    account_id: account.accountId,
    name: name(account),
    email: account.email,
    email_verified: true,
    disabled: false,
    country: account.country,
    locale: 'en',
    referral_link: 'https://www.dropbox.com/referrals/AAemulator',
    ...team,
    is_paired: false,
    account_type: { '.tag': membership === undefined ? 'basic' : 'business' },
    root_info: rootInfo(account),
  };
}

/** team.stone `TeamMemberProfile` of the admin who authorized a team token. */
export function adminProfile(admin: DropboxAccountRecord) {
  const membership = admin.membership!;
  return {
    team_member_id: membership.teamMemberId,
    account_id: admin.accountId,
    email: admin.email,
    email_verified: true,
    status: { '.tag': 'active' },
    name: name(admin),
    membership_type: { '.tag': 'full' },
    joined_on: '2024-05-12T15:50:38Z',
    groups: [],
    member_folder_id: admin.homeNamespaceId,
    root_folder_id: membership.team.rootNamespaceId,
  };
}

/** team.stone `TeamGetInfoResult`. */
export function teamInfo(team: TeamRecord) {
  return {
    name: team.name,
    team_id: team.teamId,
    num_licensed_users: Math.max(5, team.members.length),
    num_provisioned_users: team.members.length,
    num_used_licenses: team.members.length,
    // team_policies.stone TeamMemberPolicies: every field required, as the SDKs decode it.
    policies: {
      sharing: SHARING_POLICIES,
      emm_state: { '.tag': 'disabled' },
      office_addin: { '.tag': 'disabled' },
      suggest_members_policy: { '.tag': 'enabled' },
      top_level_content_policy: { '.tag': 'admin_only' },
    },
  };
}
