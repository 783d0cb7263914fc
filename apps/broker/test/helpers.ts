import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach } from 'vitest';
import { type AuditLine, type BrokerOptions, createBroker, parseBrokerConfig, startNodeBroker } from '../src/index.js';

export const AUDIENCE = 'https://broker.test';

export interface YamlParts {
  /** Top-level settings (e.g. `explain_refusals: true`). */
  top?: string;
  /** More accounts, indented under `accounts:`. */
  accounts?: string;
  /** More identities, indented under `identities:`. */
  identities?: string;
}

/** The configuration for tests: one account, one identity for the emulator's seeded repository on main, pinned by IDs. */
export function brokerYaml(emu: Emulator, parts: YamlParts = {}): string {
  return `audience: ${AUDIENCE}
issuer: ${emu.oidc.issuer}
${parts.top ?? ''}
accounts:
  docs:
    app_key: ${emu.app.key}
    refresh_token_env: DROPBOX_REFRESH_TOKEN_DOCS
${parts.accounts ?? ''}
identities:
  deploy-docs:
    account: docs
    scopes: [files.content.write, account_info.read]
    allow:
      repository: octo-org/demo-repo
      repository_id: 690439361
      repository_owner_id: 9919
      ref: [refs/heads/main, "refs/tags/v*"]
${parts.identities ?? ''}`;
}

/** A POST /token request to an in-process broker. */
export const tokenRequest = (bearer: string, body: unknown = { identity: 'deploy-docs' }) =>
  new Request('http://broker.test/token', {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}` },
    body: JSON.stringify(body),
  });

/** The broker's handler in-process, with a clock the test moves: for time-driven behaviour and exact counts. */
export function inProcessBroker(
  emu: Emulator,
  secrets: Record<string, string>,
  parts: YamlParts = {},
  options: Pick<BrokerOptions, 'replayStore' | 'replayStoreTimeoutMs'> = {},
) {
  const audit: AuditLine[] = [];
  let offset = 0;
  const broker = createBroker({
    config: parseBrokerConfig(brokerYaml(emu, parts)),
    secrets: (name) => secrets[name],
    audit: (line) => audit.push(line),
    dropbox: { apiUrl: emu.apiUrl, retry: false },
    now: () => Date.now() + offset,
    ...options,
  });
  const ask = async (bearer: string, body?: unknown) => {
    const answer = await broker.handle(tokenRequest(bearer, body));
    return { status: answer.status, json: (await answer.json()) as Record<string, unknown> };
  };
  return { broker, audit, ask, advance: (ms: number) => (offset += ms) };
}

export interface BrokerContext {
  emu: Emulator;
  url: string;
  refreshToken: string;
  audit: AuditLine[];
  /** POST /token with a bearer and a body. */
  ask(bearer: string | undefined, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
}

/** A fresh emulator and Node broker per test. */
export function useBroker(parts: YamlParts = {}): BrokerContext {
  const ctx = { audit: [] as AuditLine[] } as BrokerContext & { close?: () => Promise<void> };
  beforeEach(async () => {
    ctx.emu = await startEmulator();
    ctx.refreshToken = ctx.emu.dropbox.issueRefreshToken();
    ctx.audit = [];
    const broker = await startNodeBroker({
      config: parseBrokerConfig(brokerYaml(ctx.emu, parts)),
      env: { DROPBOX_REFRESH_TOKEN_DOCS: ctx.refreshToken },
      port: 0,
      audit: (line) => ctx.audit.push(line),
      dropbox: { apiUrl: ctx.emu.apiUrl },
      // Key rotation is tested without waiting out the refetch cooldown.
      keySetCooldownMs: 0,
    });
    ctx.url = broker.url;
    ctx.close = broker.close;
    ctx.ask = async (bearer, body = { identity: 'deploy-docs' }) => {
      const answer = await fetch(`${ctx.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: answer.status, json: (await answer.json()) as Record<string, unknown> };
    };
  });
  afterEach(async () => {
    await ctx.close?.();
    await ctx.emu.close();
  });
  return ctx;
}
