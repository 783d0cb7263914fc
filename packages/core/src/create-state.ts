import { randomBase64Url } from './base64url.js';

/** A random, URL-safe CSRF `state` value (32 random bytes, 43 characters). Compare it on the redirect. */
export function createState(): string {
  return randomBase64Url(32);
}
