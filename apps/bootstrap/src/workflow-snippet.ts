export const ACTION_REF = 'dropbox-token/dropbox-token-action@v1';

export interface SnippetFacts {
  appKey: string;
  appKeySecretName: string | undefined;
  appSecretUsed: boolean;
  appSecretSecretName: string | undefined;
  refreshTokenSecretName: string;
  environment: string | undefined;
}

/** The exact workflow step that uses the secrets just written. */
export function workflowSnippet(facts: SnippetFacts): string {
  const lines = ['jobs:', '  upload:', '    runs-on: ubuntu-latest'];
  if (facts.environment !== undefined) lines.push(`    environment: ${JSON.stringify(facts.environment)}`);
  lines.push('    steps:', `      - uses: ${ACTION_REF}`, '        id: dropbox', '        with:');
  lines.push(
    `          app-key: ${facts.appKeySecretName === undefined ? facts.appKey : `\${{ secrets.${facts.appKeySecretName} }}`}`,
  );
  if (facts.appSecretUsed)
    lines.push(
      `          app-secret: \${{ secrets.${facts.appSecretSecretName ?? 'DROPBOX_APP_SECRET'} }}${facts.appSecretSecretName === undefined ? '   # create this secret with your app secret' : ''}`,
    );
  lines.push(`          refresh-token: \${{ secrets.${facts.refreshTokenSecretName} }}`);
  lines.push(
    '      - run: >',
    '          curl -sS -X POST https://api.dropboxapi.com/2/users/get_current_account',
    '          -H "Authorization: Bearer ${{ steps.dropbox.outputs.access-token }}"',
  );
  return lines.join('\n');
}
