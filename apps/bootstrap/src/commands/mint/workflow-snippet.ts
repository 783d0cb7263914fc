import { STORED_NAMES } from '../../names.js';
export const ACTION_REF = 'dropbox-token/dropbox-token-action@v1';

export interface SnippetFacts {
  appKey: string;
  /** Where the workflow reads the app key: inline (it is not a secret), a variable, or a secret. */
  appKeyFrom: 'inline' | { variable: string } | { secret: string };
  appSecretUsed: boolean;
  appSecretSecretName: string | undefined;
  refreshTokenSecretName: string;
  environment: string | undefined;
  /** Whose token it is: the last step shows a call that fits it. */
  owner: 'individual' | 'team-member' | 'team';
}

/** A first call that works with each kind of token. */
const FIRST_CALL: Record<SnippetFacts['owner'], string[]> = {
  individual: [
    '      - run: >',
    '          curl -sS -X POST https://api.dropboxapi.com/2/users/get_current_account',
    '          -H "Authorization: Bearer ${{ steps.dropbox.outputs.access-token }}"',
  ],
  // A member's calls see their home folder unless they name the team space's root.
  'team-member': [
    '      - run: >',
    '          curl -sS -X POST https://api.dropboxapi.com/2/files/list_folder',
    '          -H "Authorization: Bearer ${{ steps.dropbox.outputs.access-token }}"',
    "          -H 'Dropbox-API-Path-Root: ${{ steps.dropbox.outputs.path-root }}'",
    '          -H "Content-Type: application/json" --data \'{"path": ""}\'',
  ],
  // A team token calls team routes, or user routes as a selected member or admin.
  team: [
    '      - run: >',
    '          curl -sS -X POST https://api.dropboxapi.com/2/users/get_current_account',
    '          -H "Authorization: Bearer ${{ steps.dropbox.outputs.access-token }}"',
    '          -H "Dropbox-API-Select-Admin: ${{ steps.dropbox.outputs.team-member-id }}"',
  ],
};

/** The exact workflow step that uses the secrets just written. */
export function workflowSnippet(facts: SnippetFacts): string {
  const lines = ['jobs:', '  upload:', '    runs-on: ubuntu-latest'];
  if (facts.environment !== undefined) lines.push(`    environment: ${JSON.stringify(facts.environment)}`);
  lines.push('    steps:', `      - uses: ${ACTION_REF}`, '        id: dropbox', '        with:');
  const from = facts.appKeyFrom;
  const appKey =
    from === 'inline'
      ? facts.appKey
      : 'variable' in from
        ? `\${{ vars.${from.variable} }}`
        : `\${{ secrets.${from.secret} }}`;
  lines.push(`          app-key: ${appKey}`);
  if (facts.appSecretUsed)
    lines.push(
      `          app-secret: \${{ secrets.${facts.appSecretSecretName ?? STORED_NAMES.appSecret} }}${facts.appSecretSecretName === undefined ? '   # create this secret with your app secret' : ''}`,
    );
  lines.push(`          refresh-token: \${{ secrets.${facts.refreshTokenSecretName} }}`);
  // The team outputs come from verification.
  if (facts.owner !== 'individual') lines.push('          verify: true');
  lines.push(...FIRST_CALL[facts.owner]);
  return lines.join('\n');
}
