export { createProxyFetch } from './create-proxy-fetch.js';
export { proxyConfigured, proxyEnvironment, proxyProblem, proxySchemesAdded } from './proxy-environment.js';
export type { ProxyEnvironment, ProxyProblem, ProxyProblemKind } from './proxy-environment.js';
