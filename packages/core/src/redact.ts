const MAX_DESCRIPTION_LENGTH = 300;

/**
 * Makes server-supplied text safe to put in an error: removes every known secret,
 * control characters and anything past a few hundred characters.
 */
export function sanitizeText(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 4) out = out.split(secret).join('[REDACTED]');
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  out = out.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (out.length > MAX_DESCRIPTION_LENGTH) out = `${out.slice(0, MAX_DESCRIPTION_LENGTH)}…`;
  return out;
}
