const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** Whether any proxy variable is set (either case, as runners and curl accept). Decides whether proxy support loads. */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}
