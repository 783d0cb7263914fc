import { useEmulator, confidentialCode } from '@dropbox-token/emulator/testing';
import { createNodeTransport } from '@dropbox-token/action/node-transport';
import { refreshAccessToken } from '@dropbox-token/core';
import { runActionStep } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION,
  errorViews,
  expectCleanRun,
  findLeaks,
  runCodeFlow,
  secretsOf,
  tokenRequests,
  withEmulator,
} from './harness.js';

/**
 * The token endpoint's failures, scripted on the emulator, through each of the three products:
 * the outcome (recovered, or a clear error naming the fix), how many attempts were made, that the
 * total time stayed within the configured bound, that nothing was written half-way, and that no
 * secret leaked on the way.
 */
interface TokenFault {
  name: string;
  faults: string[];
  /** Recovered, or the error code the core reports. */
  outcome: 'recovered' | string;
  /** Token requests the core makes (its defaults: 4 attempts). */
  attempts: number;
  /** The action's ::error:: line. */
  actionError?: RegExp;
  /** Skip in the bootstrap (which has no short Dropbox timeout option). */
  skipBootstrap?: boolean;
  /** Each attempt's timeout in the core's runs: 300 ms makes the stalls quick; a fault that must be read whole needs longer. */
  attemptTimeoutMs?: number;
}

const TOKEN_FAULTS: TokenFault[] = [
  { name: '429 with Retry-After in seconds', faults: ['429:Retry-After=1'], outcome: 'recovered', attempts: 2 },
  {
    name: '429 with Retry-After as an HTTP date',
    faults: ['429:Retry-After-Date=1'],
    outcome: 'recovered',
    attempts: 2,
  },
  { name: '500, 502, 503, then success', faults: ['500', '502', '503'], outcome: 'recovered', attempts: 4 },
  {
    name: '5xx forever',
    faults: Array(8).fill('503'),
    outcome: 'server_error',
    attempts: 4,
    actionError: /Dropbox is unavailable \(server_error/,
  },
  { name: 'connection reset', faults: ['reset'], outcome: 'recovered', attempts: 2 },
  {
    name: 'a stall past the timeout',
    faults: Array(8).fill('stall'),
    outcome: 'timeout',
    attempts: 0,
    actionError: /Dropbox is unavailable \(timeout\)/,
    skipBootstrap: true,
  },
  {
    name: 'malformed JSON',
    faults: ['badjson'],
    outcome: 'invalid_response',
    attempts: 1,
    actionError: /Dropbox's answer could not be used/,
  },
  { name: 'an HTML 502 page', faults: ['html'], outcome: 'recovered', attempts: 2 },
  {
    name: 'a 200 carrying an error field',
    faults: ['error200'],
    outcome: 'invalid_grant',
    attempts: 1,
    actionError: /Dropbox refused the refresh token/,
  },
  {
    name: 'missing access_token',
    faults: ['no-access-token'],
    outcome: 'invalid_response',
    attempts: 1,
    actionError: /could not be used \(invalid_response: access_token/,
  },
  {
    name: 'wrong field types',
    faults: ['wrong-types'],
    outcome: 'invalid_response',
    attempts: 1,
    actionError: /could not be used \(invalid_response: access_token/,
  },
  {
    name: 'a body over 1 MB',
    faults: ['huge'],
    outcome: 'invalid_response',
    attempts: 1,
    // Streaming 1 MB can take longer than 300 ms while the suite loads both cores; then the first
    // attempt times out and the retry succeeds, which is not this fault.
    attemptTimeoutMs: 5000,
    actionError: /could not be used \(invalid_response\)|larger than/,
  },
];

describe.concurrent('fault suite: the token endpoint', () => {
  describe.each(TOKEN_FAULTS)('$name', (fault) => {
    it.each([
      ['core: refreshAccessToken over fetch', false],
      ["core through the action's node:http transport", true],
    ])(
      '%s',
      withEmulator(async (emu, _name: string, overNodeHttp: boolean) => {
        const refreshToken = emu.dropbox.issueRefreshToken();
        const before = tokenRequests(emu);
        emu.faults.next('/oauth2/token', fault.faults);
        const node = overNodeHttp ? createNodeTransport() : undefined;
        const started = Date.now();
        const bound = 3000;
        const result = await refreshAccessToken({
          clientId: emu.app.key,
          refreshToken,
          apiUrl: emu.apiUrl,
          ...(node && {
            transport: node.transport,
            fetch: () => {
              throw new Error('fetch must not be used');
            },
          }),
          timeoutMs: fault.attemptTimeoutMs ?? 300,
          retry: { baseDelayMs: 20, deadlineMs: bound },
        }).then(
          (tokens) => ({ tokens, error: undefined }),
          (error: unknown) => ({ tokens: undefined, error: error as { code: string; hint: string; attempts: number } }),
        );
        node?.close();
        const elapsed = Date.now() - started;
        const attempts = tokenRequests(emu) - before;
        if (fault.outcome === 'recovered') {
          expect(result.error).toBeUndefined();
          expect(result.tokens!.accessToken).toMatch(/^sl\./);
          expect(attempts).toBe(fault.attempts);
        } else {
          expect(result.error).toMatchObject({ code: fault.outcome });
          expect(result.error!.hint.length).toBeGreaterThan(10);
          if (fault.outcome === 'timeout') expect(attempts).toBeGreaterThanOrEqual(1);
          else expect(attempts).toBe(fault.attempts);
          expect(result.error!.attempts).toBe(attempts);
          expect(findLeaks(errorViews(result.error), secretsOf(emu))).toEqual([]);
        }
        expect(elapsed).toBeLessThan(bound + 1500);
      }),
    );

    it(
      'action: the committed bundle',
      withEmulator(async (emu) => {
        const refreshToken = emu.dropbox.issueRefreshToken();
        const before = tokenRequests(emu);
        emu.faults.next('/oauth2/token', fault.faults);
        // Full-jitter waits after three 5xx can reach 3.5 s: give recoveries room, and bound stalls tightly.
        const timeoutSeconds = fault.outcome === 'timeout' ? 3 : 10;
        const step = await runActionStep({
          script: ACTION,
          inputs: {
            'app-key': emu.app.key,
            'refresh-token': refreshToken,
            'api-url': emu.apiUrl,
            'timeout-seconds': String(timeoutSeconds),
          },
        });
        const attempts = tokenRequests(emu) - before;
        if (fault.outcome === 'recovered') {
          expect(step.exitCode).toBe(0);
          expect(step.outputs['access-token']).toMatch(/^sl\./);
          expect(attempts).toBe(fault.attempts);
          // Every retry is logged: attempt, wait and reason.
          expect(step.stdout.match(/^Attempt \d+ failed \(.+\); retrying in \d+\.\d s\.$/gm) ?? []).toHaveLength(
            fault.attempts - 1,
          );
        } else {
          expect(step.exitCode).toBe(1);
          const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error::'));
          expect(errors).toHaveLength(1);
          expect(errors[0]).toMatch(fault.actionError!);
          expect(step.outputs).toEqual({});
          expect(step.env).toEqual({});
        }
        // timeout-seconds bounds the whole step (plus process start-up).
        expect(step.durationMs).toBeLessThan(timeoutSeconds * 1000 + 2500);
        expectCleanRun(step, secretsOf(emu));
      }),
    );

    it.skipIf(fault.skipBootstrap)(
      'bootstrap: --code end to end',
      withEmulator(async (emu) => {
        const code = await confidentialCode(emu);
        emu.faults.next('/oauth2/token', fault.faults);
        const run = await runCodeFlow(emu, code);
        if (fault.outcome === 'recovered') {
          expect(run.stderr).not.toMatch(/^error:/m);
          expect(run.code).toBe(0);
          expect(emu.github.secret(emu.github.repository, 'DROPBOX_REFRESH_TOKEN')).toBeTruthy();
        } else {
          expect(run.code).toBe(1);
          expect(run.stderr).toMatch(/error: .*\n {2}fix: .+/);
          // Nothing written half-way.
          expect(emu.github.secretNames(emu.github.repository)).toEqual([]);
        }
        expect(run.durationMs).toBeLessThan(20_000);
        expectCleanRun(run, secretsOf(emu));
      }),
    );
  });
});

describe('fault suite: the GitHub side (bootstrap)', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const SECRET_PATH = () => `/repos/${ctx.emu.github.repository}/actions/secrets/DROPBOX_REFRESH_TOKEN`;

  it.each([
    ['401 on the first call', () => ['/repos/*', ['401']] as const, 'error', /GitHub rejected the token/],
    ['403 on the first call', () => ['/repos/*', ['403']] as const, 'error', /\(403\): the token lacks a permission/],
    ['404 on the first call', () => ['/repos/*', ['404']] as const, 'error', /GitHub found no repository/],
    ['a stale key (rotated before the write)', () => [SECRET_PATH(), ['rotate-key']] as const, 'recovered', undefined],
    ['5xx, then success', () => ['/repos/*', ['500', '502']] as const, 'recovered', undefined],
    ['a reset, then success', () => [SECRET_PATH(), ['reset']] as const, 'recovered', undefined],
    [
      '5xx on every write',
      () => [SECRET_PATH(), ['503', '503', '503', '503']] as const,
      'error',
      /GitHub request failed while writing DROPBOX_REFRESH_TOKEN \(HTTP 503\)/,
    ],
  ])('%s', async (_name, script, outcome, message) => {
    const [path, faults] = script();
    ctx.emu.faults.next(path, [...faults]);
    const code = await confidentialCode(ctx.emu);
    const run = await runCodeFlow(ctx.emu, code);
    if (outcome === 'recovered') {
      expect(run.stderr).not.toMatch(/^error:/m);
      expect(run.code).toBe(0);
      const stored = { refreshToken: ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')! };
      const app = { clientId: ctx.emu.app.key, clientSecret: ctx.emu.app.secret, apiUrl: ctx.emu.apiUrl };
      await expect(refreshAccessToken({ ...app, ...stored })).resolves.toMatchObject({ tokenType: 'bearer' });
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message!);
      expect(run.stderr).toMatch(/\n {2}fix: .+/);
      expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    }
    expectCleanRun(run, secretsOf(ctx.emu));
  });
});
