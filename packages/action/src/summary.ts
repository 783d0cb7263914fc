export interface SummaryFacts {
  expiresAt: Date | undefined;
  expiresIn: number | undefined;
  scopes: string[];
  /** Whose token it is, when verified. */
  owner: string | undefined;
  exportEnv: string | undefined;
  rcloneRemote?: string | undefined;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * ISO 8601 in UTC to the second, e.g. `2026-11-29T12:00:00Z`: the form of the `expires-at` output.
 * Written from the UTC fields: the first `Date#toISOString()` in a process costs about 0.7 ms of
 * start-up (BENCHMARKS.md), the fields a tenth of that. Years 0 to 9999, as for any token's expiry.
 */
export function isoSeconds(date: Date): string {
  const day = `${String(date.getUTCFullYear()).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
  return `${day}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}Z`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The job summary: when the token expires, what it may do, whether it was checked. Never the token. */
export function summaryRows(facts: SummaryFacts): [string, string][] {
  const { expiresAt, expiresIn } = facts;
  const expiry =
    expiresAt === undefined || expiresIn === undefined
      ? 'no expiry given'
      : `${isoSeconds(expiresAt)} (in ${Math.round((expiresIn / 3600) * 10) / 10} h)`;
  return [
    ['Expires at', expiry],
    [
      'Scopes',
      facts.scopes.length === 0
        ? 'as granted to the refresh token'
        : facts.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(' '),
    ],
    ['Verified', facts.owner === undefined ? 'no (set verify: true to check)' : `yes: ${escapeHtml(facts.owner)}`],
    ['Exported as', exportedAs(facts)],
  ];
}

function exportedAs(facts: SummaryFacts): string {
  const places = [
    facts.exportEnv === undefined ? undefined : `<code>${escapeHtml(facts.exportEnv)}</code>`,
    facts.rcloneRemote === undefined ? undefined : `rclone remote <code>${escapeHtml(facts.rcloneRemote)}:</code>`,
  ].filter((place) => place !== undefined);
  return places.length === 0 ? 'step output only' : `${places.join(', ')} and step output`;
}

/** The summary as HTML (what GitHub renders): a heading, a two-column table and a note. */
export function summaryHtml(rows: [string, string][]): string {
  const body = rows.map(([item, value]) => `<tr><td>${item}</td><td>${value}</td></tr>`).join('');
  return `<h3>Dropbox access token</h3>\n<table><tr><th>Item</th><th>Value</th></tr>${body}</table>\nThe token itself is masked and available as <code>steps.&lt;id&gt;.outputs.access-token</code>.\n`;
}
