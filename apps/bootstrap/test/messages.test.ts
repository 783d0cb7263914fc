import { describe, expect, it } from 'vitest';
import { BootstrapError } from '../src/errors/bootstrap-error.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DROPBOX_ADVICE, MESSAGES, type MessageId, fail } from '../src/errors/catalog.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

describe('the message catalog', () => {
  it.each(Object.keys(MESSAGES) as MessageId[])('%s reads as a sentence with a fix, and the right exit code', (id) => {
    const spec = MESSAGES[id] as { exit: 1 | 2; reason(p: object): string; fix(p: object): string; sample: object };
    const reason = spec.reason(spec.sample);
    const fix = spec.fix(spec.sample);
    expect(reason).toMatch(/^\S.*[.)]$/s);
    expect(fix.length).toBeGreaterThan(5);
    expect(fix).not.toMatch(/\s$/);
    // Usage errors concern what was typed, so nothing was attempted yet.
    expect(spec.exit === 2).toBe(
      /^(--|The Dropbox app key|The app secret|GH_TOKEN|GITHUB_API_URL|Proxy variable|The origin remote|No GitHub token|Could not tell|Unknown option)/.test(
        reason,
      ),
    );
  });

  it('fail() builds the error with its id, reason, fix and exit code', () => {
    const error = fail('portInUse', { port: 53682 });
    expect(error).toBeInstanceOf(BootstrapError);
    expect(error).toMatchObject({ id: 'portInUse', exitCode: 1 });
    expect(error.message).toBe(
      'Port 53682 of the redirect URI is in use, so the answer from Dropbox cannot be received.',
    );
    expect(error.fix).toMatch(/another loopback redirect URI/);
    expect(fail('appKeyMissing').exitCode).toBe(2);
  });

  it('gives advice for every Dropbox error code as a sentence', () => {
    for (const advice of Object.values(DROPBOX_ADVICE)) expect(advice).toMatch(/^[A-Z].*\.$/);
  });

  it('has no message the product never raises: each id is named by a source outside the catalog', () => {
    const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith(`errors${sep}`))
      .map((file) => readFileSync(join(SRC, file), 'utf8'))
      .join('\n');
    const neverRaised = (Object.keys(MESSAGES) as MessageId[]).filter((id) => !sources.includes(`'${id}'`));
    expect(neverRaised).toEqual([]);
  });
});
