/**
 * One-time use of OIDC tokens: `claim(iss, jti, until)` is true the first time a token is claimed
 * and false for every later claim until `until` (seconds since the epoch) has passed.
 */
export interface ReplayStore {
  claim(iss: string, jti: string, until: number): Promise<boolean>;
}

/** In one process or one Worker isolate only: a second instance has a store of its own. */
export function memoryReplayStore(now: () => number): ReplayStore {
  const claimed = new Map<string, number>();
  let swept = 0;
  // Expired claims are swept at most once a second: a sweep walks every claim, and a busy broker
  // holds thousands (a walk per request made 1,000 concurrent requests quadratic).
  const forget = (nowSeconds: number) => {
    if (nowSeconds <= swept) return;
    swept = nowSeconds;
    for (const [key, until] of claimed) if (until < nowSeconds) claimed.delete(key);
  };
  return {
    async claim(iss, jti, until) {
      const nowSeconds = Math.floor(now() / 1000);
      forget(nowSeconds);
      const key = `${iss}\u0000${jti}`;
      if (claimed.has(key)) return false;
      claimed.set(key, until);
      return true;
    },
  };
}
