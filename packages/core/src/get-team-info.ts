import { type AccessTokenOptions, callApiWithoutArguments } from './call-api.js';
import { field, optionalText } from './get-current-account.js';
import { isIdentifierShaped } from './validate-values.js';

export interface DropboxTeam {
  teamId: string;
  name: string;
}

/** Calls `team/get_info` with a team token. Needs the `team_info.read` scope (team.stone). */
export async function getTeamInfo(options: AccessTokenOptions): Promise<DropboxTeam> {
  return callApiWithoutArguments('getTeamInfo', '/2/team/get_info', options, (body, invalid) => {
    const teamId = field(body, 'team_id');
    if (!isIdentifierShaped(teamId)) return invalid('team_id is missing or malformed');
    return { teamId, name: optionalText(field(body, 'name'), 'name', invalid) ?? teamId };
  });
}
