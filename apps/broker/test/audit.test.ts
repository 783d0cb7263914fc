import { describe, expect, it } from 'vitest';
import { oidcAttackTokens } from '@dropbox-token/emulator/testing';
import { type AuditLine, MAX_LINE_BYTES, formatAuditLine } from '../src/index.js';
import { AUDIENCE, inProcessBroker, useBroker } from './helpers.js';

const SEPARATORS = '\n\r\u2028\u2029\u0085\u000b\u000c';

describe('audit lines', () => {
  const ctx = useBroker();

  it('one line each, whatever the verified claims hold: separators escaped, at most 4 kB', async () => {
    const { ask, audit } = inProcessBroker(ctx.emu, { DROPBOX_REFRESH_TOKEN_DOCS: ctx.refreshToken });
    const claims = {
      ...ctx.emu.oidc.claimsFor(AUDIENCE),
      actor: `octo${SEPARATORS}{"decision":"allowed"}`,
      workflow_ref: `octo-org/demo-repo/${'x'.repeat(16_000)}`,
      job_workflow_ref: '\u2028'.repeat(5_000),
      sha: '€'.repeat(3_000),
    };
    const signed = ctx.emu.oidc.sign({ alg: 'RS256', kid: ctx.emu.oidc.keys()[0]!.kid }, claims);
    expect((await ask(signed)).status).toBe(200);
    expect((await ask(oidcAttackTokens(ctx.emu, AUDIENCE)['another branch']!)).status).toBe(403);
    for (const line of audit) {
      const text = formatAuditLine(line);
      expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(MAX_LINE_BYTES);
      // No character that any reader takes as a line break, raw.
      expect([...SEPARATORS].filter((separator) => text.includes(separator))).toEqual([]);
      const parsed = JSON.parse(text) as Record<string, string>;
      expect(parsed['decision']).toBe(line.decision);
      expect(parsed['token_sha256']).toBe(line.token_sha256);
    }
    const allowed = JSON.parse(formatAuditLine(audit[0]!)) as Record<string, string>;
    expect(allowed['actor']).toBe(`octo${SEPARATORS}{"decision":"allowed"}`);
    expect(allowed['workflow_ref']).toMatch(/^octo-org\/demo-repo\/x+…$/);
  });

  it('clips harder when the claims together would pass 4 kB; the time, decision and digest stay whole', () => {
    const line: AuditLine = {
      time: '2026-12-07T00:00:00.000Z',
      identity: 'deploy-docs',
      decision: 'allowed',
      reason: 'r'.repeat(5_000),
      scopes: Array.from({ length: 60 }, (_, i) => `files.scope${i}.write`),
      token_sha256: 'a'.repeat(64),
      ...Object.fromEntries(
        ['sub', 'repository', 'ref', 'workflow_ref', 'job_workflow_ref', 'actor'].map((n) => [n, '\u2028'.repeat(40)]),
      ),
    };
    const text = formatAuditLine(line);
    expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(JSON.parse(text)).toMatchObject({ time: line.time, decision: 'allowed', token_sha256: line.token_sha256 });
  });
});
