import { describe, expect, it } from 'vitest';
import { computeCodeChallenge, createPkcePair } from '../src/index.js';

describe('createPkcePair', () => {
  it('matches the RFC 7636 appendix B test vector', async () => {
    expect(await computeCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes a 43–128 character unreserved verifier and its unpadded base64url S256 challenge', async () => {
    const pair = await createPkcePair();
    expect(pair.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(pair.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await computeCodeChallenge(pair.verifier)).toBe(pair.challenge);
    const short = await createPkcePair({ bytes: 32 });
    expect(short.verifier).toHaveLength(43);
    const long = await createPkcePair({ bytes: 96 });
    expect(long.verifier).toHaveLength(128);
  });

  it('is random', async () => {
    const a = await createPkcePair();
    const b = await createPkcePair();
    expect(a.verifier).not.toBe(b.verifier);
  });

  it('refuses bad sizes and bad verifiers', async () => {
    await expect(createPkcePair({ bytes: 8 })).rejects.toMatchObject({ code: 'invalid_options' });
    await expect(computeCodeChallenge('too-short')).rejects.toMatchObject({ code: 'invalid_options' });
  });
});
