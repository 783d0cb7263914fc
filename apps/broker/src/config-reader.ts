/** Collects every problem of one file, so `check` can name them all at once. */
export class Reader {
  readonly problems: string[] = [];

  problem(message: string): undefined {
    this.problems.push(message);
    return undefined;
  }

  record(value: unknown, where: string): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.problem(`${where} must be a mapping`);
    return value as Record<string, unknown>;
  }

  text(value: unknown, where: string, pattern?: RegExp): string | undefined {
    if (typeof value === 'string' && value.trim() !== '' && (pattern === undefined || pattern.test(value)))
      return value;
    return this.problem(
      `${where} must be ${pattern === undefined ? 'a non-empty string' : `a string matching ${pattern}`}`,
    );
  }

  /** One value or a list; numbers and booleans as the strings GitHub sends (`ref_protected: "true"`). */
  values(value: unknown, where: string): string[] | undefined {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) return this.problem(`${where} must not be empty`);
    const texts = list.map((item, i) =>
      this.text(typeof item === 'number' || typeof item === 'boolean' ? String(item) : item, `${where}[${i}]`),
    );
    return texts.every((item) => item !== undefined) ? (texts as string[]) : undefined;
  }

  optional<T>(value: unknown, fallback: T, where: string, check: (value: unknown) => value is T, what: string): T {
    if (value === undefined) return fallback;
    if (check(value)) return value;
    this.problem(`${where} must be ${what}`);
    return fallback;
  }
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const integerIn =
  (low: number, high: number) =>
  (value: unknown): value is number =>
    Number.isInteger(value) && (value as number) >= low && (value as number) <= high;

/** https, or http on loopback (for tests). */
export const LOOPBACK_OR_HTTPS = /^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/;
