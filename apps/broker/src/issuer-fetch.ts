import { IssuerUnavailable } from './errors.js';

/** Each fetch of the issuer's discovery document or key set: at most 5 s and 256 kB (a stalled or huge answer is the issuer's failure). */
export const ISSUER_FETCH_LIMITS = { timeoutMs: 5_000, maxBytes: 256 * 1024 } as const;

/** The body of a 200 answer, read under the limits; anything else is IssuerUnavailable. */
export async function fetchIssuerDocument(
  fetchImpl: typeof fetch,
  url: string,
  signal: AbortSignal = AbortSignal.timeout(ISSUER_FETCH_LIMITS.timeoutMs),
): Promise<string> {
  let answer: Response;
  try {
    answer = await fetchImpl(url, { redirect: 'manual', signal, headers: { accept: 'application/json' } });
  } catch {
    throw new IssuerUnavailable(
      signal.aborted ? 'the issuer did not answer in time' : 'the issuer could not be reached',
    );
  }
  if (answer.status !== 200) {
    await answer.body?.cancel().catch(() => {});
    throw new IssuerUnavailable(`the issuer answered HTTP ${answer.status}`);
  }
  const declared = Number(answer.headers.get('content-length') ?? 0);
  if (declared > ISSUER_FETCH_LIMITS.maxBytes || answer.body === null) {
    await answer.body?.cancel().catch(() => {});
    throw new IssuerUnavailable('the issuer answered too much');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = answer.body.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > ISSUER_FETCH_LIMITS.maxBytes) throw new IssuerUnavailable('the issuer answered too much');
      chunks.push(read.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    if (error instanceof IssuerUnavailable) throw error;
    throw new IssuerUnavailable(
      signal.aborted ? 'the issuer did not answer in time' : 'the issuer broke off its answer',
    );
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
