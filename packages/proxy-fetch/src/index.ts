export { createProxyFetch } from './create-proxy-fetch.js';
export { proxyConfigured, proxyEnvironment } from './proxy-environment.js';
export type { ProxyEnvironment } from './proxy-environment.js';
