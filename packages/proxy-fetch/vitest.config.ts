import { suiteConfig } from '../../vitest.shared.js';

export default suiteConfig({ testTimeout: 20_000 });
