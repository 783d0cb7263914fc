/** The emulator's notion of "now". Real time plus an offset you can move forward, so expiry tests take no time. */
export interface EmulatorClock {
  now(): number;
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
}

export function createClock(base: () => number = Date.now): EmulatorClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance(ms: number) {
      offset += ms;
    },
  };
}
