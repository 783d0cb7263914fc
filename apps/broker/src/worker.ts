import { formatAuditLine } from './audit.js';
import { createBroker } from './broker.js';
import { ConfigError, missingSecrets, parseBrokerConfig } from './config.js';

/** Cloudflare Workers: the policy in the BROKER_CONFIG variable, refresh tokens as Worker secrets. */
interface Env {
  BROKER_CONFIG: string;
  /** Optional: another Dropbox API base (the emulator, in tests). */
  DROPBOX_API_URL?: string;
  [secret: string]: string | undefined;
}

type Broker = ReturnType<typeof createBroker>;

/** The broker for this isolate, or the problems that keep it from starting (logged once, never sent). */
function brokerFor(env: Env): Broker | string[] {
  try {
    const config = parseBrokerConfig(env.BROKER_CONFIG ?? '');
    const missing = missingSecrets(config, (name) => env[name]);
    if (missing.length > 0) return missing.map((line) => `${line} (wrangler secret put it)`);
    for (const warning of config.warnings) console.warn(`dropbox-token-broker: warning: ${warning}`);
    return createBroker({
      config,
      secrets: (name) => env[name],
      // One audit line per decision in the Worker's logs (wrangler tail).
      audit: (line) => console.log(formatAuditLine(line)),
      dropbox: env.DROPBOX_API_URL === undefined ? undefined : { apiUrl: env.DROPBOX_API_URL },
    });
  } catch (error) {
    return error instanceof ConfigError ? error.problems : ['the configuration could not be read'];
  }
}

let broker: Broker | undefined;
let problems: string[] | undefined;

const misconfigured = () =>
  new Response(
    JSON.stringify({
      error: 'misconfigured',
      error_description: "the broker's configuration has a problem: see its logs",
    }),
    { status: 503, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } },
  );

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (broker === undefined && problems === undefined) {
      const made = brokerFor(env);
      if (Array.isArray(made)) {
        problems = made;
        for (const problem of problems) console.error(`dropbox-token-broker: misconfigured: ${problem}`);
      } else broker = made;
    }
    return broker === undefined ? misconfigured() : broker.handle(request);
  },
};
