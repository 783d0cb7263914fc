/**
 * What the core needs from HTTP, and nothing more: send one POST with a deadline and an abort
 * signal; get back the status, a way to read a header, and the body as text, read no further
 * than `maxBodyBytes`. `fetch` is the default; a caller can pass another (the action passes one
 * on node:http, because in Node the first touch of `fetch` loads undici).
 */
export interface TransportRequest {
  url: URL;
  /** The core sends only POST; GET is for callers that reuse a transport (the action's OIDC request). */
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: string | undefined;
  /** Aborts the request and the reading of its body: the caller's cancel and the attempt's deadline. */
  signal: AbortSignal;
  /** Stop reading past this many bytes and answer `bodyTooLarge: true`. */
  maxBodyBytes: number;
}

export interface TransportResponse {
  status: number;
  /** A header's value (names are case-insensitive), or null. */
  header(name: string): string | null;
  /** The body as UTF-8 text; empty when it was too large. */
  text: string;
  bodyTooLarge?: boolean | undefined;
}

/** Sends one request. Network failures and aborts reject; any HTTP status resolves. Redirects are not followed. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The default transport: the given `fetch`, or the global one, looked up only when a request is sent. */
export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  return async (request) => {
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      redirect: 'manual',
    };
    if (request.body !== undefined) init.body = request.body;
    const response = await (fetchImpl ?? fetch)(request.url, init);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      total += chunk.value.byteLength;
      if (total > request.maxBodyBytes) {
        await reader!.cancel().catch(() => {});
        return { status: response.status, header: (name) => response.headers.get(name), text: '', bodyTooLarge: true };
      }
      chunks.push(chunk.value);
    }
    const text = new TextDecoder().decode(concat(chunks, total));
    return { status: response.status, header: (name) => response.headers.get(name), text };
  };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
