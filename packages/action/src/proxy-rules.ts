type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
  return value === '' ? undefined : value;
}

function bypassed(url: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const portMatch = /^(.*):(\d+)$/.exec(entry);
    const entryHost = (portMatch ? portMatch[1]! : entry).replace(/^\[|\]$/g, '').replace(/^\*?\./, '.');
    if (portMatch && portMatch[2] !== port) continue;
    if (
      entryHost.startsWith('.')
        ? host === entryHost.slice(1) || host.endsWith(entryHost)
        : host === entryHost || host.endsWith(`.${entryHost}`)
    )
      return true;
  }
  return false;
}

/**
 * The proxy to use for a URL: HTTPS_PROXY for https, HTTP_PROXY for http (either case),
 * unless NO_PROXY lists the host (`*`, a host, `.domain`, a domain and its subdomains, optional `:port`).
 */
export function proxyFor(url: URL, env: Env): string | undefined {
  if (bypassed(url, read(env, 'NO_PROXY'))) return undefined;
  return url.protocol === 'https:' ? read(env, 'HTTPS_PROXY') : read(env, 'HTTP_PROXY');
}
