import { describe, expect, it } from 'vitest';
import { HELP, parseCommandLine } from '../src/args.js';
import { PARSE_OPTIONS } from '../src/help.js';

/** The flags --help shows in its usage column (the start of each row). */
const documented = () => [...HELP.matchAll(/^ {2}(?:dropbox-token-bootstrap revoke )?--([a-z-]+)/gm)].map((m) => m[1]!);

describe('--help and the parser, from one table', () => {
  it('every option the parser accepts has its row in --help, and nothing else does', () => {
    expect([...new Set(documented())].sort()).toEqual(Object.keys(PARSE_OPTIONS).sort());
  });

  it('every flag --help shows is one the command line takes (no "Unknown option")', () => {
    for (const flag of new Set(documented())) {
      const type = PARSE_OPTIONS[flag]!.type;
      const argv = type === 'boolean' ? [`--${flag}`] : [`--${flag}=x`];
      try {
        parseCommandLine(['--app-key', 'k', ...argv], {});
      } catch (error) {
        expect((error as { id?: string }).id, `--${flag}`).not.toBe('badOption');
      }
    }
    expect(() => parseCommandLine(['--app-key', 'k', '--no-such-flag'], {})).toThrow(
      expect.objectContaining({ id: 'badOption' }),
    );
  });

  it('the help lines fit 100 columns and name the stored names once each from names.ts', () => {
    expect(HELP.split('\n').filter((line) => line.length > 100)).toEqual([]);
    expect(HELP).toContain('DROPBOX_APP_KEY');
    expect(HELP).toContain('default DROPBOX_REFRESH_TOKEN');
  });
});
