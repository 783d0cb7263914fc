import sodium from 'libsodium-wrappers';
import { describe, expect, it } from 'vitest';
import { sealSecret } from '../src/github/seal.js';

describe('sealSecret', () => {
  it('produces standard base64 that opens, with the private key, to the UTF-8 value', async () => {
    await sodium.ready;
    const pair = sodium.crypto_box_keypair();
    const publicKey = Buffer.from(pair.publicKey).toString('base64');
    const sealed = await sealSecret(publicKey, 'värde-✓');
    expect(sealed).toMatch(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/);
    const opened = sodium.crypto_box_seal_open(Buffer.from(sealed, 'base64'), pair.publicKey, pair.privateKey);
    expect(Buffer.from(opened).toString('utf8')).toBe('värde-✓');
  });

  it('refuses a key of the wrong size', async () => {
    await expect(sealSecret(Buffer.alloc(16).toString('base64'), 'x')).rejects.toThrow(/16 bytes/);
  });
});
