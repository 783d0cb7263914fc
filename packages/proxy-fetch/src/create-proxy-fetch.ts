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

/**
 * A fetch that sends each request through the proxy `proxyEnvironment(env)` names for it, with undici's
 * maintained `NO_PROXY` matching (hosts, domains, ports, `*`, IPv6 literals). Loaded only when a
 * proxy is configured, so the common path never loads undici.
 */
export function createProxyFetch({ httpProxy, httpsProxy, noProxy }: ProxyEnvironment): typeof fetch {
  // Every value is passed, '' for unset: undici would otherwise read this process's own variables.
  const agent = withoutExperimentalNotice(
    () => new EnvHttpProxyAgent({ httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy: noProxy ?? '' }),
  );
  return ((input: string | URL, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as typeof fetch;
}
