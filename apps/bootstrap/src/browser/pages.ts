/** The small pages the loopback server shows the browser. No external resources; no secret. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

function page(title: string, tone: 'ok' | 'fail', heading: string, lines: string[]): string {
  const colour = tone === 'ok' ? '#0a7c42' : '#b3261e';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f7f5f2;color:#1e1919;margin:0}
main{max-width:480px;margin:64px auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:22px;margin:0 0 16px;color:${colour}} p{line-height:1.5} code{background:#f2f0ed;padding:2px 4px;border-radius:3px}
.small{font-size:13px;color:#52565c}
</style></head><body><main>
<h1 id="heading">${escapeHtml(heading)}</h1>
${lines.map((line) => `<p>${line}</p>`).join('\n')}
<p class="small">dropbox-token-bootstrap</p>
</main></body></html>`;
}

export function successPage(accountName: string, storedWhere: string): string {
  return page('Dropbox is connected', 'ok', 'Dropbox is connected', [
    `Linked the Dropbox account <strong id="account">${escapeHtml(accountName)}</strong>.`,
    `The refresh token is stored as <strong id="stored">${escapeHtml(storedWhere)}</strong>. It is never shown.`,
    'You can close this tab and return to the terminal.',
  ]);
}

export function failurePage(heading: string, what: string, next: string): string {
  return page(heading, 'fail', heading, [
    escapeHtml(what),
    `Next: ${escapeHtml(next)}`,
    'You can close this tab and return to the terminal.',
  ]);
}

export function notFoundPage(): string {
  return page('Not found', 'fail', 'Not found', ['This address is only used to receive the answer from Dropbox.']);
}
