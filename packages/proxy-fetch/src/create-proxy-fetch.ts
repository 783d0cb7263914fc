import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import type { ProxyEnvironment } from './proxy-environment.js';

/**
 * undici 6 marks EnvHttpProxyAgent experimental and says so once on stderr, where a workflow log
 * would show it as noise. Only that notice (code UNDICI-EHPA) is held back, while the agent is made.
 */
function withoutExperimentalNotice<T>(make: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: unknown }).code : rest[1];
    if (code !== 'UNDICI-EHPA') (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** A fetch through the proxy, and `close()`: ends every connection to the proxy at once. */
export type ProxyFetch = typeof fetch & { close(): Promise<void> };

/**
 * A fetch that sends each request through the proxy `proxyEnvironment(env)` names for it, with undici's
 * maintained `NO_PROXY` matching (hosts, domains, ports, `*`, IPv6 literals). Loaded only when a
 * proxy is configured, so the common path never loads undici.
 */
export function createProxyFetch({ httpProxy, httpsProxy, noProxy }: ProxyEnvironment): ProxyFetch {
  // Every value is passed, '' for unset: undici would otherwise read this process's own variables.
  const agent = withoutExperimentalNotice(
    () => new EnvHttpProxyAgent({ httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy: noProxy ?? '' }),
  );
  const proxyFetch = ((input: string | URL, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as ProxyFetch;
  // A proxy that accepted a connection and never answers would hold the process open: destroy, not drain.
  proxyFetch.close = () => agent.destroy().catch(() => {});
  return proxyFetch;
}
