/**
 * Client authentication for the token endpoint. With a secret: HTTP Basic only (Dropbox rejects
 * Basic together with a `client_id` body field). Without one (PKCE public client): `client_id` in the body.
 */
export function applyClientAuth(
  headers: Record<string, string>,
  form: URLSearchParams,
  clientId: string,
  clientSecret: string | undefined,
): void {
  if (clientSecret === undefined) {
    form.set('client_id', clientId);
    return;
  }
  const bytes = new TextEncoder().encode(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  headers['authorization'] = `Basic ${btoa(binary)}`;
}
