import { BootstrapError } from './bootstrap-error.js';
import { FAILURE_MESSAGES } from './failure-messages.js';
import type { MessageSpec, Params } from './message-spec.js';
import { USAGE_MESSAGES } from './usage-messages.js';

export { DROPBOX_ADVICE, LOOKS_LIKE_REFRESH_TOKEN } from './advice.js';

// Every `error:` and `fix:` the CLI can print, as data. The README's troubleshooting table is
// checked against `sample` renderings of this catalog (test/readme-troubleshooting.test.ts).
export const MESSAGES = { ...USAGE_MESSAGES, ...FAILURE_MESSAGES };

export type MessageId = keyof typeof MESSAGES;
type ParamsOf<K extends MessageId> = Parameters<(typeof MESSAGES)[K]['reason']>[0];

/** The error for a catalog entry: its reason, its fix and its exit code. */
export function fail<K extends MessageId>(
  id: K,
  ...params: keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>]
): BootstrapError {
  const spec = MESSAGES[id] as MessageSpec<Params>;
  const values = (params[0] ?? {}) as Params;
  return new BootstrapError(id, spec.reason(values), spec.fix(values), spec.exit);
}

/** Every message rendered with its sample parameters, as the README lists them. */
export function sampleMessages(): { id: MessageId; reason: string }[] {
  return (Object.keys(MESSAGES) as MessageId[]).map((id) => {
    const spec = MESSAGES[id] as MessageSpec<Params>;
    return { id, reason: spec.reason(spec.sample) };
  });
}
