/** One request as the emulator received it, so tests can assert exactly what a client sent. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Form fields or JSON as an object; other bodies as text; undefined when empty. */
  body: unknown;
  /** Raw body text. */
  rawBody: string;
  /** Status the emulator answered with (undefined for a reset or stall). */
  status?: number | undefined;
  /** Fault applied to this request, if any. */
  fault?: string | undefined;
  at: number;
}

export function parseRecordedBody(contentType: string | undefined, raw: string): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  if (type === 'application/json') {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}
