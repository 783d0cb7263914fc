import { existsSync, writeFileSync } from 'node:fs';
import type { BootstrapOptions } from './args.js';
import { fail } from './messages.js';

/** Before authorizing: the broker configuration must be a new file (nothing is overwritten or half-written). */
export function checkBrokerConfigPath(options: BootstrapOptions): void {
  if (options.brokerConfig !== undefined && existsSync(options.brokerConfig))
    throw fail('brokerConfigExists', { path: options.brokerConfig });
}

/** The stanza for the account just linked: its app, where its refresh token comes from, and one identity. */
export function brokerConfigText(options: BootstrapOptions, scopes: string[], repository: string | undefined): string {
  const yaml = (value: string) => JSON.stringify(value);
  return `# dropbox-token broker: the Dropbox account the bootstrap just linked. No secret is in this file:
# the refresh token goes to the environment variable (or Worker secret) named below.
audience: "https://YOUR-BROKER.example"   # exactly the URL the action's broker-url names

accounts:
  dropbox:
    app_key: ${yaml(options.appKey)}
    refresh_token_env: ${options.secretName}
${options.appSecret === undefined ? '' : '    app_secret_env: DROPBOX_APP_SECRET\n'}
identities:
  dropbox:
    account: dropbox
    scopes: [${scopes.map(yaml).join(', ') || '"files.content.write"'}]
    allow:   # every rule must match the workflow's OIDC token; edit to fit
      repository: ${yaml(repository ?? 'OWNER/NAME')}
      ref: "refs/heads/main"
`;
}

/** Writes the stanza to a new file (`wx`: never over an existing one). */
export function writeBrokerConfig(path: string, text: string): void {
  writeFileSync(path, text, { flag: 'wx' });
}
