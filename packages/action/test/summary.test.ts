import { describe, expect, it } from 'vitest';
import { isoSeconds, summaryHtml, summaryRows } from '../src/summary.js';

describe('summaryRows', () => {
  it('lists expiry, scopes, verification and export, escaping what it shows', () => {
    const rows = summaryRows({
      expiresAt: new Date('2026-01-01T04:00:00.123Z'),
      expiresIn: 14400,
      scopes: ['files.content.read', '<b>'],
      owner: 'Dropbox account dbid:<x>',
      exportEnv: 'DROPBOX_ACCESS_TOKEN',
    });
    expect(rows).toEqual([
      ['Expires at', '2026-01-01T04:00:00Z (in 4 h)'],
      ['Scopes', '<code>files.content.read</code> <code>&lt;b&gt;</code>'],
      ['Verified', 'yes: Dropbox account dbid:&lt;x&gt;'],
      ['Exported as', '<code>DROPBOX_ACCESS_TOKEN</code> and step output'],
    ]);
    const plain = summaryRows({
      expiresAt: new Date(0),
      expiresIn: 5400,
      scopes: [],
      owner: undefined,
      exportEnv: undefined,
    });
    expect(plain.map((r) => r[1])).toEqual([
      '1970-01-01T00:00:00Z (in 1.5 h)',
      'as granted to the refresh token',
      'no (set verify: true to check)',
      'step output only',
    ]);
    const longLived = summaryRows({
      expiresAt: undefined,
      expiresIn: undefined,
      scopes: [],
      owner: undefined,
      exportEnv: undefined,
    });
    expect(longLived[0]).toEqual(['Expires at', 'no expiry given']);
  });
});

describe('summaryHtml', () => {
  it('is the heading, table and note GitHub renders, with the rows as given', () => {
    expect(summaryHtml([['Expires at', 'soon']])).toBe(
      '<h3>Dropbox access token</h3>\n<table><tr><th>Item</th><th>Value</th></tr><tr><td>Expires at</td><td>soon</td></tr></table>\nThe token itself is masked and available as <code>steps.&lt;id&gt;.outputs.access-token</code>.\n',
    );
  });
});

describe('isoSeconds', () => {
  it('is Date#toISOString() without the milliseconds, for any instant in years 0 to 9999', () => {
    const instants = [0, -62_167_219_200_000, 253_402_300_799_999, Date.UTC(2024, 1, 29, 23, 59, 59, 999)];
    for (let i = 0; i < 2000; i++) instants.push(Math.floor(Math.random() * 253_402_300_799_999));
    for (const instant of instants) {
      const date = new Date(instant);
      expect(isoSeconds(date), String(instant)).toBe(date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    }
    expect(isoSeconds(new Date(Date.UTC(2026, 11, 5, 16, 6, 58)))).toBe('2026-12-05T16:06:58Z');
  });
});
