import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, parseBrokerConfig } from './config.js';
import { startNodeBroker } from './node-server.js';

const HELP = `Usage: dropbox-token-broker serve --config broker.yaml [--port 8787] [--host 127.0.0.1]

Trades a GitHub Actions OIDC token for a short-lived Dropbox access token, by the trust policies
in broker.yaml. Each account's refresh token is read from the environment variable its
refresh_token_env names. One JSON audit line per decision goes to stdout.
`;

// The entry: argv, the environment, the exit code. Everything else is in the modules it imports.
try {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'api-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals[0] !== 'serve' || values.config === undefined) {
    process.stdout.write(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const config = parseBrokerConfig(readFileSync(values.config, 'utf8'));
  for (const account of config.accounts.values())
    if (!process.env[account.refreshTokenEnv])
      throw new ConfigError(
        `the refresh token of account ${account.name} is not set: export ${account.refreshTokenEnv}`,
      );
  const broker = await startNodeBroker({
    config,
    env: process.env,
    port: values.port === undefined ? undefined : Number(values.port),
    host: values.host,
    dropbox: values['api-url'] === undefined ? undefined : { apiUrl: values['api-url'] },
  });
  process.stderr.write(`dropbox-token-broker: listening on ${broker.url} (audience ${config.audience})\n`);
  const stop = () => void broker.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const message = error instanceof ConfigError ? error.message : (error as Error).message;
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}
