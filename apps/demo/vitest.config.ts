import { suiteConfig } from '../../vitest.shared.js';

export default suiteConfig({ testTimeout: 60_000 });
