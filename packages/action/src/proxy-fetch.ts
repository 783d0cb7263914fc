import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/**
 * A fetch that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case). Loaded only when a
 * proxy is configured, so the common path does not pay for undici.
 */
export function createProxyFetch(): typeof fetch {
  const dispatcher = new EnvHttpProxyAgent();
  return ((input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as typeof fetch;
}
