import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach } from 'vitest';
import { type AuditLine, parseBrokerConfig, startNodeBroker } from '../src/index.js';

export const AUDIENCE = 'https://broker.test';

/** The configuration for tests: one account, one identity for the emulator's seeded repository on main. */
export function brokerYaml(emu: Emulator, extra = ''): string {
  return `audience: ${AUDIENCE}
issuer: ${emu.oidc.issuer}
accounts:
  docs:
    app_key: ${emu.app.key}
    refresh_token_env: DROPBOX_REFRESH_TOKEN_DOCS
identities:
  deploy-docs:
    account: docs
    scopes: [files.content.write, account_info.read]
    allow:
      repository: octo-org/demo-repo
      ref: [refs/heads/main, "refs/tags/v*"]
${extra}`;
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
export function useBroker(extraYaml = ''): BrokerContext {
  const ctx = { audit: [] as AuditLine[] } as BrokerContext & { close?: () => Promise<void> };
  beforeEach(async () => {
    ctx.emu = await startEmulator();
    ctx.refreshToken = ctx.emu.dropbox.issueRefreshToken();
    ctx.audit = [];
    const broker = await startNodeBroker({
      config: parseBrokerConfig(brokerYaml(ctx.emu, extraYaml)),
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
