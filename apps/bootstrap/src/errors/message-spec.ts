/** One message of the CLI, as data: its reason and fix from parameters, its exit code, sample parameters for the docs check. */
export type Params = Record<string, string | number>;

export interface MessageSpec<P extends Params> {
  /** 2 for usage errors (nothing was attempted), 1 for failures. */
  exit: 1 | 2;
  reason: (params: P) => string;
  fix: (params: P) => string;
  /** Parameters for the docs check, as the README writes them (e.g. `N`, `...`). */
  sample: P;
}

export function usage<P extends Params = Record<never, never>>(spec: Omit<MessageSpec<P>, 'exit'>): MessageSpec<P> {
  return { exit: 2, ...spec };
}

export function failure<P extends Params = Record<never, never>>(spec: Omit<MessageSpec<P>, 'exit'>): MessageSpec<P> {
  return { exit: 1, ...spec };
}

export const none = {} as Record<never, never>;
export const RUN_AGAIN = 'Run the command again';
