import { formatAuditLine } from './audit.js';
import { createBroker } from './broker.js';
import { type BrokerConfig, ConfigError, missingSecrets, parseBrokerConfig } from './config.js';
import type { MintAnswer, MintRequest, WorkerEnv } from './durable-objects.js';
import { type Namespace, durableReplayStore, durableTokenSource } from './worker-stores.js';

export { ReplayGuard, TokenMinter } from './durable-objects.js';

/**
 * Cloudflare Workers: the policy in the BROKER_CONFIG variable, refresh tokens as Worker secrets,
 * and, with the REPLAY_GUARD and TOKEN_MINTER Durable Object bindings (wrangler.toml), the
 * one-time use of tokens and the access-token cache shared by every isolate everywhere.
 */
type Broker = ReturnType<typeof createBroker>;

interface Bindings {
  guard: Namespace<{ claim(key: string, until: number): Promise<boolean> }> | undefined;
  minter: Namespace<{ mint(request: MintRequest): Promise<MintAnswer> }> | undefined;
}

const bindingsOf = (env: WorkerEnv): Bindings => ({
  guard: env['REPLAY_GUARD'] as Bindings['guard'],
  minter: env['TOKEN_MINTER'] as Bindings['minter'],
});

/** What keeps this Worker from serving: problems with the configuration, the secrets and the bindings. */
function deploymentProblems(config: BrokerConfig, env: WorkerEnv, { guard, minter }: Bindings): string[] {
  const secret = (name: string) => (typeof env[name] === 'string' ? (env[name] as string) : undefined);
  const problems = missingSecrets(config, secret).map((line) => `${line} (wrangler secret put it)`);
  if (config.replayStore.kind !== 'memory')
    problems.push(
      'replay_store: redis and postgres serve Node brokers; on Workers the REPLAY_GUARD Durable Objects hold the claims',
    );
  if ((guard === undefined) !== (minter === undefined))
    problems.push('bind both Durable Objects, REPLAY_GUARD and TOKEN_MINTER, or neither (wrangler.toml)');
  if (minter !== undefined && !secret('TOKEN_CACHE_KEY'))
    problems.push('TOKEN_CACHE_KEY is not set: wrangler secret put TOKEN_CACHE_KEY (any long random string)');
  return problems;
}

/** The broker for this isolate, or the problems that keep it from starting (logged once, never sent). */
function brokerFor(env: WorkerEnv): Broker | string[] {
  let config: BrokerConfig;
  try {
    config = parseBrokerConfig(env.BROKER_CONFIG ?? '');
  } catch (error) {
    return error instanceof ConfigError ? error.problems : ['the configuration could not be read'];
  }
  const bindings = bindingsOf(env);
  const problems = deploymentProblems(config, env, bindings);
  if (problems.length > 0) return problems;
  for (const warning of config.warnings) console.warn(`dropbox-token-broker: warning: ${warning}`);
  if (bindings.guard === undefined)
    console.warn(
      'dropbox-token-broker: replay store: memory, which holds for this isolate only: bind REPLAY_GUARD and TOKEN_MINTER (wrangler.toml)',
    );
  return createBroker({
    config,
    secrets: (name) => (typeof env[name] === 'string' ? (env[name] as string) : undefined),
    // One audit line per decision in the Worker's logs (wrangler tail).
    audit: (line) => console.log(formatAuditLine(line)),
    dropbox: env.DROPBOX_API_URL === undefined ? undefined : { apiUrl: env.DROPBOX_API_URL },
    replayStore: bindings.guard === undefined ? undefined : durableReplayStore(bindings.guard),
    tokens:
      bindings.minter === undefined
        ? undefined
        : durableTokenSource(bindings.minter, config.accounts.size, config.revokeCheckSeconds * 1000),
  });
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
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    if (broker === undefined && problems === undefined) {
      const made = brokerFor(env);
      if (Array.isArray(made)) {
        problems = made;
        for (const problem of problems) console.error(`dropbox-token-broker: misconfigured: ${problem}`);
      } else broker = made;
    }
    if (broker === undefined) return misconfigured();
    const answer = await broker.handle(request);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  },
};
