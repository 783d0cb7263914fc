import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultSleep, parseRetryAfter } from '../src/backoff.js';

describe('backoffDelay', () => {
  it('is full jitter under an exponential, capped ceiling', () => {
    expect(backoffDelay(1, 500, 10_000, () => 0.999)).toBe(499);
    expect(backoffDelay(3, 500, 10_000, () => 0.5)).toBe(1000);
    expect(backoffDelay(10, 500, 10_000, () => 0.5)).toBe(5000);
    expect(backoffDelay(2, 500, 10_000, () => 0)).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:05 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('defaultSleep', () => {
  it('waits, and rejects when aborted', async () => {
    await defaultSleep(1);
    await expect(defaultSleep(10, AbortSignal.abort(new Error('stop')))).rejects.toThrow('stop');
    const controller = new AbortController();
    const pending = defaultSleep(10_000, controller.signal);
    controller.abort(new Error('later'));
    await expect(pending).rejects.toThrow('later');
  });
});
