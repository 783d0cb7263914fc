import { createBroker } from './broker.js';
import { parseBrokerConfig } from './config.js';

/** Cloudflare Workers: the policy in the BROKER_CONFIG variable, refresh tokens as Worker secrets. */
interface Env {
  BROKER_CONFIG: string;
  /** Optional: another Dropbox API base (the emulator, in tests). */
  DROPBOX_API_URL?: string;
  [secret: string]: string | undefined;
}

let broker: ReturnType<typeof createBroker> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    broker ??= createBroker({
      config: parseBrokerConfig(env.BROKER_CONFIG),
      secrets: (name) => env[name],
      // One audit line per decision in the Worker's logs (wrangler tail).
      audit: (line) => console.log(JSON.stringify(line)),
      dropbox: env.DROPBOX_API_URL === undefined ? undefined : { apiUrl: env.DROPBOX_API_URL },
    });
    return broker.handle(request);
  },
};
