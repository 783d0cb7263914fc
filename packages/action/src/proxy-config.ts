const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** Whether any proxy variable is set (the runner's convention: either case). */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}
