import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, missingSecrets, parseBrokerConfig } from './config.js';
import { startNodeBroker } from './node-server.js';
import { openReplayStore } from './stores/open-replay-store.js';

const HELP = `Usage: dropbox-token-broker serve --config broker.yaml [--port 8787] [--host 127.0.0.1]
       dropbox-token-broker check --config broker.yaml

serve   Trades a GitHub Actions OIDC token for a short-lived Dropbox access token, by the trust
        policies in broker.yaml. Each account's refresh token is read from the environment
        variable its refresh_token_env names. One JSON audit line per decision goes to stdout.
check   Reads broker.yaml with the same rules as serve (refresh tokens need not be set) and
        names every problem by its path in the file.

Exit codes: 0 ok, 1 a problem with the configuration (each named on stderr), 2 usage error.
`;

const say = (line: string) => process.stderr.write(`dropbox-token-broker: ${line}\n`);

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
  const command = positionals[0];
  if (values.help || (command !== 'serve' && command !== 'check') || values.config === undefined) {
    process.stdout.write(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const config = parseBrokerConfig(readFileSync(values.config, 'utf8'));
  for (const warning of config.warnings) say(`warning: ${warning}`);
  if (command === 'check') {
    say(`${values.config} is valid: ${config.accounts.size} accounts, ${config.identities.size} identities`);
    process.exit(0);
  }
  const missing = missingSecrets(config, (name) => process.env[name]);
  if (missing.length > 0) throw new ConfigError(missing.map((line) => `${line} (export it)`));
  const replay = await openReplayStore(config.replayStore, process.env);
  const broker = await startNodeBroker({
    config,
    env: process.env,
    port: values.port === undefined ? undefined : Number(values.port),
    host: values.host,
    dropbox: values['api-url'] === undefined ? undefined : { apiUrl: values['api-url'] },
    replayStore: replay.store,
  });
  say(`replay store: ${replay.description}`);
  say(`listening on ${broker.url} (audience ${config.audience})`);
  const stop = () => void Promise.all([broker.close(), replay.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const problems = error instanceof ConfigError ? error.problems : [(error as Error).message];
  for (const problem of problems) process.stderr.write(`error: ${problem}\n`);
  process.exit(error instanceof ConfigError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? 1 : 2);
}
