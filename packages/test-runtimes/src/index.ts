export { bunBinary, denoBinary, node24Binary, workerdBinary } from './runtime-binaries.js';
export { CHROMIUM_ARGS, chromiumExecutable, chromiumSource, launchChromium } from './chromium.js';
export type { ChromiumSource } from './chromium.js';
