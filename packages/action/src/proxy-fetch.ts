// The proxy chunk: loaded through a dynamic import only when a proxy is configured, so the
// common path never loads undici. The rules are undici's EnvHttpProxyAgent (packages/proxy-fetch).
export { createProxyFetch } from '@dropbox-token/proxy-fetch';
