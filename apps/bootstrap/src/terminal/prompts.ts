/** Asks a yes/no question; only `y` or `yes` (any case) is yes. */
export async function confirmed(ask: (question: string) => Promise<string>, question: string): Promise<boolean> {
  return /^\s*y(es)?\s*$/i.test(await ask(`${question} [y/N] `));
}
