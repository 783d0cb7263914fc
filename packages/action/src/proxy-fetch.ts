import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { proxyFor } from './proxy-rules.js';

/**
 * A fetch that sends each request through the proxy the environment names for it
 * (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, either case). Loaded only when a proxy is configured,
 * so the common path never loads undici.
 */
export function createProxyFetch(env: Record<string, string | undefined>): typeof fetch {
  const agents = new Map<string, ProxyAgent>();
  return ((input: string | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const proxy = proxyFor(url, env);
    if (proxy === undefined) return fetch(input, init);
    let agent = agents.get(proxy);
    if (agent === undefined) {
      agent = new ProxyAgent(proxy);
      agents.set(proxy, agent);
    }
    return undiciFetch(url, { ...(init as object), dispatcher: agent } as Parameters<typeof undiciFetch>[1]);
  }) as unknown as typeof fetch;
}
