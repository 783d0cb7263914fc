import { describe, expect, it } from 'vitest';
import { parseFault } from '../src/faults.js';
import { gh, mintTokens, token, useEmulator } from './helpers.js';

describe('scripted faults', () => {
  const ctx = useEmulator();
  const refresh = async (refreshToken: string) => {
    try {
      return await token(ctx.emu, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: ctx.emu.app.key,
      });
    } catch (error) {
      return { status: 0, text: String((error as Error).cause ?? error), response: undefined };
    }
  };

  it('are consumed in order, then normal service resumes, and every request is recorded', async () => {
    const { refresh_token } = await mintTokens(ctx.emu);
    ctx.emu.faults.next('/oauth2/token', ['429:Retry-After=1', '503', 'html']);
    expect(ctx.emu.faults.pending('/oauth2/token')).toEqual(['429:Retry-After=1', '503', 'html']);
    const first = await refresh(refresh_token);
    expect(first.status).toBe(429);
    expect(first.response!.headers.get('retry-after')).toBe('1');
    const second = await refresh(refresh_token);
    expect(second.status).toBe(503);
    expect(JSON.parse(second.text)).toEqual({
      error: 'The server has either erred or is incapable of performing the requested operation.',
    });
    const third = await refresh(refresh_token);
    expect(third.status).toBe(502);
    expect(third.text).toMatch(/<html>/);
    expect((await refresh(refresh_token)).status).toBe(200);
    const recorded = ctx.emu.requests.filter((r) => r.path === '/oauth2/token').slice(-4);
    expect(recorded.map((r) => [r.fault, r.status])).toEqual([
      ['429:Retry-After=1', 429],
      ['503', 503],
      ['html', 502],
      [undefined, 200],
    ]);
    expect(recorded[3]!.body).toMatchObject({ grant_type: 'refresh_token', client_id: ctx.emu.app.key });
  });

  it("a 429's body says as many seconds as its Retry-After header (auth.stone RateLimitError)", async () => {
    ctx.emu.faults.next('/oauth2/token', ['429:Retry-After=7']);
    const answer = await refresh('x');
    expect(answer.response!.headers.get('retry-after')).toBe('7');
    expect(JSON.parse(answer.text)).toMatchObject({
      error: { reason: { '.tag': 'too_many_requests' }, retry_after: 7 },
    });
  });

  it('Retry-After as an HTTP date', async () => {
    ctx.emu.faults.next('/oauth2/token', ['429:Retry-After-Date=5']);
    const answer = await refresh('x');
    const date = Date.parse(answer.response!.headers.get('retry-after')!);
    expect(date - Date.now()).toBeGreaterThan(3000);
  });

  it.each([
    ['badjson', 200, (t: string) => expect(() => JSON.parse(t)).toThrow()],
    ['error200', 200, (t: string) => expect(JSON.parse(t).error).toBe('invalid_grant')],
    ['no-access-token', 200, (t: string) => expect(JSON.parse(t)).not.toHaveProperty('access_token')],
    ['wrong-types', 200, (t: string) => expect(typeof JSON.parse(t).access_token).toBe('number')],
    ['no-expiry', 200, (t: string) => expect(JSON.parse(t)).not.toHaveProperty('expires_in')],
    ['huge', 200, (t: string) => expect(t.length).toBeGreaterThan(1_000_000)],
  ])('%s', async (spec, status, check) => {
    ctx.emu.faults.next('/oauth2/token', [spec]);
    const answer = await refresh('x');
    expect(answer.status).toBe(status);
    check(answer.text);
  });

  it('reset and truncated break the connection', async () => {
    ctx.emu.faults.next('/oauth2/token', ['reset', 'truncated']);
    expect((await refresh('x')).status).toBe(0);
    expect((await refresh('x')).status).toBe(0);
  });

  it('stall never answers until the emulator closes', async () => {
    ctx.emu.faults.next('/oauth2/token', ['stall']);
    const answer = await fetch(`${ctx.emu.apiUrl}/oauth2/token`, {
      method: 'POST',
      signal: AbortSignal.timeout(200),
    }).catch((e: Error) => e.name);
    expect(answer).toBe('TimeoutError');
  });

  it('delay answers normally, late', async () => {
    ctx.emu.faults.next('/oauth2/token', ['delay=120']);
    const started = Date.now();
    expect((await refresh('x')).status).toBe(400);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('prefix keys and GitHub-shaped error bodies; rotate-key makes a held key stale', async () => {
    ctx.emu.faults.next('/repos/*', ['401', '404', '500']);
    expect(
      (await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}/actions/secrets/public-key`)).json,
    ).toMatchObject({ message: 'Bad credentials', status: '401' });
    expect((await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}`)).status).toBe(404);
    expect((await gh(ctx.emu, 'GET', `/repos/${ctx.emu.github.repository}`)).status).toBe(500);
    const path = `/repos/${ctx.emu.github.repository}/actions/secrets`;
    const before = await gh(ctx.emu, 'GET', `${path}/public-key`);
    ctx.emu.faults.next(`${path}/public-key`, ['rotate-key']);
    const after = await gh(ctx.emu, 'GET', `${path}/public-key`);
    expect(after.json!['key_id']).not.toBe(before.json!['key_id']);
  });

  it('clear() drops queued faults; unknown specs are refused up front', () => {
    ctx.emu.faults.next('/oauth2/token', ['503']);
    ctx.emu.faults.clear();
    expect(ctx.emu.faults.pending('/oauth2/token')).toEqual([]);
    expect(() => ctx.emu.faults.next('/oauth2/token', ['explode'])).toThrow(/unknown fault/);
    expect(() => parseFault('200')).toThrow(/4xx or 5xx/);
    expect(parseFault('503')).toEqual({ kind: 'status', status: 503, retryAfter: undefined });
  });
});
