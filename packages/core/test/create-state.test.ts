import { describe, expect, it } from 'vitest';
import { createState } from '../src/index.js';

describe('createState', () => {
  it('is 43 URL-safe characters and different every time', () => {
    const states = new Set(Array.from({ length: 100 }, () => createState()));
    expect(states.size).toBe(100);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
