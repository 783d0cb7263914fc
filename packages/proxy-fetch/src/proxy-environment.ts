/** The proxy settings of an environment, as runners and curl read them. */
export interface ProxyEnvironment {
  httpProxy: string | undefined;
  httpsProxy: string | undefined;
  noProxy: string | undefined;
}

/**
 * A variable in either case, the lowercase one first as curl does; an empty value counts as
 * unset, so `https_proxy=` left over in a shell profile does not hide `HTTPS_PROXY`.
 */
function either(env: Record<string, string | undefined>, name: string): string | undefined {
  for (const key of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[key]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * undici (6.29) matches a request's host with its brackets (`[::1]`) and reads `host:port` at the
 * last colon, so the bare IPv6 form people write (`NO_PROXY=::1`, as curl accepts) never matches.
 * Bare IPv6 literals are bracketed before undici sees them; everything else passes through.
 */
function bracketIpv6(noProxy: string): string {
  return noProxy
    .split(/[,\s]+/)
    .filter((entry) => entry !== '')
    .map((entry) => (!entry.startsWith('[') && (entry.match(/:/g) ?? []).length >= 2 ? `[${entry}]` : entry))
    .join(',');
}

export function proxyEnvironment(env: Record<string, string | undefined>): ProxyEnvironment {
  const noProxy = either(env, 'NO_PROXY');
  return {
    httpProxy: either(env, 'HTTP_PROXY'),
    httpsProxy: either(env, 'HTTPS_PROXY'),
    noProxy: noProxy === undefined ? undefined : bracketIpv6(noProxy),
  };
}

/** Whether a proxy is set at all: decides whether proxy support (undici) is loaded. */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  const { httpProxy, httpsProxy } = proxyEnvironment(env);
  return httpProxy !== undefined || httpsProxy !== undefined;
}
