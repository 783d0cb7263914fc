import {
  type CommonOptions,
  type TokenSet,
  getAuthenticatedAdmin,
  getCurrentAccount,
  getTeamInfo,
} from '@dropbox-token/core';

/**
 * Whom the new token acts for: one person's account (perhaps a member of a team), or, for a
 * team-linked app (one with team scopes), the whole team, authorized by one of its admins.
 */
export interface LinkedOwner {
  kind: 'individual' | 'team-member' | 'team';
  /** Who, in a few words, for the confirmation prompt and the browser page. */
  label: string;
  /** What the person sees before confirming, as aligned `label: value` lines. */
  facts: [string, string][];
  /** For a team token: the admin it acts as on user routes (revoking it needs one). */
  adminMemberId: string | undefined;
}

const person = (name: string, email: string | undefined) => (email === undefined ? name : `${name} <${email}>`);

/**
 * Proves a fresh access token works and finds its owner: a team token (the exchange named a team)
 * through the team routes, any other through users/get_current_account.
 */
export async function findLinkedOwner(tokens: TokenSet, accessToken: string, dropbox: CommonOptions) {
  if (tokens.teamId !== undefined) {
    const [admin, team] = await Promise.all([
      getAuthenticatedAdmin({ accessToken, ...dropbox }),
      getTeamInfo({ accessToken, ...dropbox }),
    ]);
    const adminName = person(admin.displayName, admin.email);
    return {
      kind: 'team',
      label: `the Dropbox team ${team.name} (authorized by ${admin.displayName})`,
      facts: [
        ['Dropbox team', `${team.name} (the token acts for the whole team: a team-linked app)`],
        ['Authorized by', `${adminName}, team admin`],
      ],
      adminMemberId: admin.teamMemberId,
    } satisfies LinkedOwner;
  }
  const account = await getCurrentAccount({ accessToken, ...dropbox });
  const name = person(account.displayName, account.email);
  const facts: [string, string][] = [['Dropbox account', name]];
  if (account.teamName !== undefined)
    facts.push([
      'Team',
      `${account.teamName}${account.rootInfo?.tag === 'team' ? ' (to reach the team space, use the action with verify: true and its path-root output)' : ''}`,
    ]);
  return {
    kind: account.teamName === undefined ? 'individual' : 'team-member',
    label: name,
    facts,
    adminMemberId: undefined,
  } satisfies LinkedOwner;
}
