import type { ActionCore } from '../src/main.js';

export type CoreEvent =
  | { kind: 'mask'; value: string }
  | { kind: 'output'; name: string; value: string }
  | { kind: 'env'; name: string; value: string }
  | { kind: 'info' | 'error'; value: string };

/** A stand-in for `@actions/core` that records every call in order: the injection point of run(). */
export interface RecordingCore {
  core: ActionCore;
  events: CoreEvent[];
  outputs: Record<string, string>;
  env: Record<string, string>;
  errors: string[];
  infos: string[];
  /** True when the first event that carries `secret` anywhere is the one that masks it. */
  maskedBeforeUse(secret: string): boolean;
}

export function recordingCore(inputs: Record<string, string>): RecordingCore {
  const events: CoreEvent[] = [];
  const textOf = (event: CoreEvent) => ('name' in event ? `${event.name}=${event.value}` : event.value);
  return {
    core: {
      // As @actions/core does: INPUT_<NAME> with the hyphens kept; a missing input is ''.
      getInput: (name) => inputs[name] ?? '',
      setSecret: (value) => events.push({ kind: 'mask', value }),
      setOutput: (name, value) => events.push({ kind: 'output', name, value }),
      exportVariable: (name, value) => events.push({ kind: 'env', name, value }),
      info: (value) => events.push({ kind: 'info', value }),
      error: (value) => events.push({ kind: 'error', value }),
    },
    events,
    get outputs() {
      return Object.fromEntries(events.flatMap((e) => (e.kind === 'output' ? [[e.name, e.value]] : [])));
    },
    get env() {
      return Object.fromEntries(events.flatMap((e) => (e.kind === 'env' ? [[e.name, e.value]] : [])));
    },
    get errors() {
      return events.flatMap((e) => (e.kind === 'error' ? [e.value] : []));
    },
    get infos() {
      return events.flatMap((e) => (e.kind === 'info' ? [e.value] : []));
    },
    maskedBeforeUse(secret) {
      const first = events.find((event) => textOf(event).includes(secret));
      return first === undefined || (first.kind === 'mask' && first.value === secret);
    },
  };
}
