import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
function read(env, name) {
    const value = (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
    return value === '' ? undefined : value;
}
/** Whether any proxy variable is set (either case, as runners and curl accept). */
function proxyConfigured(env) {
    return read(env, 'HTTPS_PROXY') !== undefined || read(env, 'HTTP_PROXY') !== undefined;
}
function bypassed(url, noProxy) {
    if (noProxy === undefined)
        return false;
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return true;
        const portMatch = /^(.*):(\d+)$/.exec(entry);
        const entryHost = (portMatch ? portMatch[1] : entry).replace(/^\[|\]$/g, '').replace(/^\*?\./, '.');
        if (portMatch && portMatch[2] !== port)
            continue;
        if (entryHost.startsWith('.') ? host === entryHost.slice(1) || host.endsWith(entryHost) : host === entryHost || host.endsWith(`.${entryHost}`))
            return true;
    }
    return false;
}
/**
 * The proxy to use for a URL: HTTPS_PROXY for https, HTTP_PROXY for http (either case),
 * unless NO_PROXY lists the host (`*`, a host, `.domain`, a domain and its subdomains, optional `:port`).
 */
function proxyFor(url, env) {
    if (bypassed(url, read(env, 'NO_PROXY')))
        return undefined;
    return url.protocol === 'https:' ? read(env, 'HTTPS_PROXY') : read(env, 'HTTP_PROXY');
}

export { proxyFor as a, proxyConfigured as p };
