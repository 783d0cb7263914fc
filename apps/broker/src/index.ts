export { createBroker } from './broker.js';
export type { AuditLine, BrokerOptions } from './broker.js';
export { ConfigError, GITHUB_ISSUER, parseBrokerConfig } from './config.js';
export type { Account, AllowRule, BrokerConfig, Identity } from './config.js';
export { startNodeBroker } from './node-server.js';
