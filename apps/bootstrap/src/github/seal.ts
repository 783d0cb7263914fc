/**
 * Seals a value for GitHub with the target's public key, as GitHub's guide prescribes:
 * `crypto_box_seal` of the UTF-8 bytes, standard base64 (variant ORIGINAL) both ways.
 * libsodium-wrappers defaults to URL-safe base64 without padding, which GitHub refuses.
 */
export async function sealSecret(publicKeyBase64: string, value: string): Promise<string> {
  // Loaded when the first secret is sealed: its WebAssembly is a third of the CLI.
  const sodium = (await import('libsodium-wrappers')).default;
  await sodium.ready;
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  if (key.length !== sodium.crypto_box_PUBLICKEYBYTES)
    throw new Error(`public key has ${key.length} bytes, expected ${sodium.crypto_box_PUBLICKEYBYTES}`);
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
