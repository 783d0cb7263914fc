/** The proxy settings of an environment, as runners and curl read them. */
export interface ProxyEnvironment {
  httpProxy: string | undefined;
  httpsProxy: string | undefined;
  noProxy: string | undefined;
}

/** A variable as set: its name in the case found, and its value. */
interface Setting {
  variable: string;
  value: string;
}

/**
 * A variable in either case, the lowercase one first as curl does; an empty value counts as
 * unset, so `https_proxy=` left over in a shell profile does not hide `HTTPS_PROXY`.
 */
function either(env: Record<string, string | undefined>, name: string): Setting | undefined {
  for (const variable of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[variable]?.trim();
    if (value) return { variable, value };
  }
  return undefined;
}

/** The proxy variables, each read in either case. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY'] as const;

/** A value without a scheme (`proxy.corp:3128`) is an HTTP proxy, as curl reads it. */
function withScheme(value: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
}

/**
 * Why a proxy variable cannot be used. `not_a_url`: not a URL, even read as `http://` + the value;
 * `unsupported_scheme`: neither http: nor https: (SOCKS, for one); `bad_escape`: a `%` in the user
 * name or password that is not followed by two hex digits (undici decodes them and throws).
 */
export type ProxyProblemKind = 'not_a_url' | 'unsupported_scheme' | 'bad_escape';

/** Every `%` followed by two hex digits: what decodeURIComponent needs of a user name or password. */
const WELL_ESCAPED = /^(?:[^%]|%[0-9A-Fa-f]{2})*$/;

/** A proxy variable that cannot be used, by name only: its value may hold a password and is never repeated. */
export interface ProxyProblem {
  /** The variable as set, in the case found: `HTTPS_PROXY`, `http_proxy`, ... */
  variable: string;
  problem: ProxyProblemKind;
}

function problemOf(setting: Setting): ProxyProblem | undefined {
  let url: URL;
  try {
    url = new URL(withScheme(setting.value));
  } catch {
    return { variable: setting.variable, problem: 'not_a_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { variable: setting.variable, problem: 'unsupported_scheme' };
  if (!WELL_ESCAPED.test(url.username) || !WELL_ESCAPED.test(url.password))
    return { variable: setting.variable, problem: 'bad_escape' };
  return undefined;
}

/**
 * The first proxy variable in `env` that proxy support could not use, or undefined. Check it
 * before `createProxyFetch`: undici would throw on such a value with the value in its message.
 */
export function proxyProblem(env: Record<string, string | undefined>): ProxyProblem | undefined {
  for (const name of PROXY_VARIABLES) {
    const setting = either(env, name);
    const problem = setting && problemOf(setting);
    if (problem) return problem;
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

/** The proxy settings of `env`, each proxy with its scheme (check `proxyProblem` first). */
export function proxyEnvironment(env: Record<string, string | undefined>): ProxyEnvironment {
  const proxy = (name: string) => {
    const setting = either(env, name);
    return setting && withScheme(setting.value);
  };
  const noProxy = either(env, 'NO_PROXY')?.value;
  return {
    httpProxy: proxy('HTTP_PROXY'),
    httpsProxy: proxy('HTTPS_PROXY'),
    noProxy: noProxy === undefined ? undefined : bracketIpv6(noProxy),
  };
}

/**
 * The proxy variables of `env` set without a scheme, each with the `http://` it is read with here.
 * Written back into the environment, they make clients that read it on their own agree with this
 * module: `@actions/http-client` takes `proxy.corp:3128` as a URL whose scheme is `proxy.corp:`,
 * and then sends its requests without the proxy.
 */
export function proxySchemesAdded(env: Record<string, string | undefined>): Record<string, string> {
  const added: Record<string, string> = {};
  for (const name of PROXY_VARIABLES)
    for (const variable of [name.toLowerCase(), name]) {
      const value = env[variable]?.trim();
      if (value && withScheme(value) !== value) added[variable] = withScheme(value);
    }
  return added;
}

/** Whether a proxy is set at all: decides whether proxy support (undici) is loaded. */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  const { httpProxy, httpsProxy } = proxyEnvironment(env);
  return httpProxy !== undefined || httpsProxy !== undefined;
}
