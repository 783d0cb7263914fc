export { bunBinary, denoBinary, node24Binary, workerdBinary } from './runtime-binaries.js';
export { CHROMIUM_ARGS, chromiumExecutable, chromiumSource, launchChromium } from './chromium.js';
export type { ChromiumSource } from './chromium.js';
export { startWorkerd, waitForAnswer, workerdConfig } from './workerd-launch.js';
export type { DurableObjectBinding, WorkerdOptions, WorkerdRun } from './workerd-launch.js';
export { startPostgres } from './postgres.js';
export type { PostgresServer } from './postgres.js';
export { redisServerInstalled, startRedis } from './redis.js';
export type { RedisServer } from './redis.js';
