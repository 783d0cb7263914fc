import type { BootstrapOptions } from '../args.js';
import { STORED_NAMES } from '../names.js';
import type { GitHubStore } from './request.js';

/** One value the run writes to GitHub: which store, under which name, and what it holds. */
export interface PlannedWrite {
  store: GitHubStore;
  name: string;
  holds: 'refresh-token' | 'app-key' | 'app-secret';
  /** How the report and the progress record name it, unique within a run. */
  label: string;
}

const STORE_SUFFIX: Record<GitHubStore, string> = {
  actions: '',
  dependabot: ' (Dependabot secret)',
  variables: ' (variable)',
};

function write(store: GitHubStore, name: string, holds: PlannedWrite['holds']): PlannedWrite {
  return { store, name, holds, label: `${name}${STORE_SUFFIX[store]}` };
}

/**
 * Everything the run will write, in order: the refresh token; with --store-app-credentials the
 * app key (a variable, unless --app-key-as-secret) and the app secret; with --dependabot a
 * Dependabot copy of each secret. Variables need no copy: Dependabot-triggered runs read Actions
 * variables (community discussion #44088, GitHub's answer; github/docs#43950), only secrets differ.
 */
export function planWrites(options: BootstrapOptions): PlannedWrite[] {
  const secrets: PlannedWrite[] = [write('actions', options.secretName, 'refresh-token')];
  const plan: PlannedWrite[] = [];
  if (options.storeAppCredentials) {
    if (options.appKeyAs === 'secret') secrets.push(write('actions', STORED_NAMES.appKey, 'app-key'));
    else plan.push(write('variables', STORED_NAMES.appKey, 'app-key'));
    if (options.appSecret !== undefined) secrets.push(write('actions', STORED_NAMES.appSecret, 'app-secret'));
  }
  const dependabot = options.dependabot ? secrets.map((s) => write('dependabot', s.name, s.holds)) : [];
  return [...secrets, ...plan, ...dependabot];
}

/** The value a planned write stores. */
export function plannedValue(planned: PlannedWrite, options: BootstrapOptions, refreshToken: string): string {
  if (planned.holds === 'refresh-token') return refreshToken;
  if (planned.holds === 'app-key') return options.appKey;
  return options.appSecret ?? '';
}
