import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { describe, expect, it } from 'vitest';
import type { RetryTestHooks } from '../src/options.js';
import { type DropboxOAuthError, type RetryEvent, refreshAccessToken } from '../src/index.js';
import { useEmulator } from './helpers.js';

/** Retries go through the public operations; these tests drive them with the emulator's scripted faults. */
describe('retries, timeouts and bad answers', () => {
  const ctx = useEmulator();

  function refresh(extra: Record<string, unknown> = {}, retryExtra: Record<string, unknown> = {}) {
    const waits: number[] = [];
    const events: RetryEvent[] = [];
    const promise = refreshAccessToken({
      clientId: ctx.emu.app.key,
      clientSecret: ctx.emu.app.secret,
      refreshToken: 'R'.repeat(64),
      apiUrl: ctx.emu.apiUrl,
      retry: <RetryTestHooks>{
        baseDelayMs: 400,
        random: () => 0.5,
        sleep: async (ms: number) => {
          waits.push(ms);
        },
        onRetry: (event: RetryEvent) => events.push(event),
        ...retryExtra,
      },
      ...extra,
    }).then(
      () => {
        throw new Error('expected the refresh to fail');
      },
      (e: unknown) => e as DropboxOAuthError,
    );
    return { promise, waits, events };
  }

  const tokenCalls = () => ctx.emu.requests.filter((r) => r.path === '/oauth2/token').length;

  it('retries 500/502/503 with full-jitter exponential backoff, then reports the real answer', async () => {
    ctx.emu.faults.next('/oauth2/token', ['500', '502', '503']);
    const { promise, waits, events } = refresh();
    const error = await promise;
    // The fourth attempt reaches the real endpoint, which refuses the unknown refresh token.
    expect(error).toMatchObject({ code: 'invalid_grant', attempts: 4 });
    expect(waits).toEqual([200, 400, 800]); // random 0.5 × 400·2^(n-1)
    expect(events.map((e) => [e.attempt, e.reason])).toEqual([
      [1, 'HTTP 500 server_error'],
      [2, 'HTTP 502 server_error'],
      [3, 'HTTP 503 server_error'],
    ]);
    expect(tokenCalls()).toBe(4);
  });

  it('caps each wait at maxDelayMs', async () => {
    ctx.emu.faults.next('/oauth2/token', ['503', '503', '503']);
    const { promise, waits } = refresh({}, { baseDelayMs: 1000, maxDelayMs: 1500, random: () => 0.99 });
    await promise;
    expect(waits).toEqual([990, 1485, 1485]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    ctx.emu.faults.next('/oauth2/token', ['429:Retry-After=3', '429:Retry-After-Date=2']);
    const { promise, waits, events } = refresh();
    await promise;
    expect(waits[0]).toBe(3000);
    expect(waits[1]).toBeGreaterThan(900);
    expect(waits[1]).toBeLessThanOrEqual(2000);
    expect(events[0]!.reason).toBe('rate limited (Retry-After 3 s)');
    expect(events[0]!.code).toBe('rate_limited');
  });

  it('gives up on 5xx forever after the configured attempts, saying how many', async () => {
    ctx.emu.faults.next('/oauth2/token', ['503', '503', '503', '503', '503']);
    const { promise } = refresh({}, { attempts: 3 });
    const error = await promise;
    expect(error).toMatchObject({ code: 'server_error', status: 503, attempts: 3, retryable: true });
    expect(error.message).toMatch(/gave up after 3 attempts/);
    expect(error.errorDescription).toBe(
      'The server has either erred or is incapable of performing the requested operation.',
    );
    expect(error.hint).toBe('Retry later.');
  });

  it('never waits past the deadline', async () => {
    ctx.emu.faults.next('/oauth2/token', ['429:Retry-After=30']);
    const { promise, waits } = refresh({}, { deadlineMs: 5000 });
    const error = await promise;
    expect(error).toMatchObject({ code: 'rate_limited', attempts: 1, retryAfterMs: 30_000 });
    expect(waits).toEqual([]);
  });

  it('recovers from a connection reset', async () => {
    ctx.emu.faults.next('/oauth2/token', ['reset']);
    const { promise, events } = refresh();
    expect(await promise).toMatchObject({ code: 'invalid_grant', attempts: 2 });
    expect(events[0]).toMatchObject({ code: 'network', reason: 'network error' });
  });

  it('a stalled server times out each attempt', async () => {
    ctx.emu.faults.next('/oauth2/token', ['stall', 'stall']);
    const { promise, events } = refresh({ timeoutMs: 150 }, { attempts: 2 });
    const error = await promise;
    expect(error).toMatchObject({ code: 'timeout', attempts: 2, retryable: true });
    expect(error.message).toMatch(/no response within 150 ms/);
    expect(events[0]!.reason).toBe('timeout');
  });

  it('a deadline shorter than the per-attempt timeout bounds the attempt', async () => {
    ctx.emu.faults.next('/oauth2/token', ['stall']);
    const started = Date.now();
    const { promise } = refresh({ timeoutMs: 10_000 }, { deadlineMs: 300 });
    expect(await promise).toMatchObject({ code: 'timeout', attempts: 1 });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('an AbortSignal cancels at once, without retrying', async () => {
    ctx.emu.faults.next('/oauth2/token', ['stall']);
    const controller = new AbortController();
    const { promise } = refresh({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await promise).toMatchObject({ code: 'aborted', retryable: false });
    const already = refresh({ signal: AbortSignal.abort() });
    expect(await already.promise).toMatchObject({ code: 'aborted', attempts: 0 });
  });

  it.each([
    ['html', 'server_error', true],
    ['badjson', 'invalid_response', false],
    ['error200', 'invalid_grant', false],
    ['no-access-token', 'invalid_response', false],
    ['wrong-types', 'invalid_response', false],
    ['huge', 'invalid_response', false],
  ])('%s → %s', async (fault, code, retryable) => {
    ctx.emu.faults.next('/oauth2/token', [fault]);
    const { promise } = refresh({ retry: false });
    const error = await promise;
    expect(error).toMatchObject({ code, retryable, attempts: 1 });
    expect(error.message).not.toContain('sl.');
  });

  it('a truncated body is a retryable network error', async () => {
    ctx.emu.faults.next('/oauth2/token', ['truncated']);
    const { promise } = refresh({ retry: false });
    expect(await promise).toMatchObject({ code: 'network', retryable: true });
  });

  it('a refused connection is a network error naming the host', async () => {
    const port = await freeLoopbackPort();
    const { promise } = refresh({ apiUrl: `http://127.0.0.1:${port}`, retry: false });
    const error = await promise;
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.hint).toBe('Check the network and apiUrl.');
  });
});

describe('a runtime error that quotes a secret', () => {
  it('is scrubbed from the message, and the original error is not kept as cause', async () => {
    const secret = 'R'.repeat(64);
    const quoting = (async () => {
      throw new TypeError(`Headers.append: "Bearer ${secret}" is an invalid header value.`);
    }) as unknown as typeof fetch;
    const error = (await refreshAccessToken({
      clientId: 'k',
      refreshToken: secret,
      apiUrl: 'http://127.0.0.1:9',
      fetch: quoting,
      retry: false,
    }).catch((e: unknown) => e)) as DropboxOAuthError;
    expect(error.code).toBe('network');
    expect(error.message).toContain('[REDACTED]');
    expect(error.message).not.toContain(secret);
    expect(error.cause).toBeUndefined();
  });

  it('credentials with whitespace or control characters are refused before anything is sent', async () => {
    for (const refreshToken of ['a b', 'a\u0000b', 'a\tb']) {
      await expect(
        refreshAccessToken({ clientId: 'k', refreshToken, apiUrl: 'http://127.0.0.1:9', retry: false }),
      ).rejects.toMatchObject({ code: 'invalid_options' });
    }
  });
});
