import { escapeHtml } from '../http-util.js';
import type { DropboxAccountRecord, DropboxApp } from './dropbox-state.js';

const SCOPE_WORDS: Record<string, string> = {
  'account_info.read': 'View basic information about your Dropbox account such as your username, email, and country',
  'account_info.write': 'View and edit basic information about your Dropbox account',
  'files.metadata.read': 'View information about your Dropbox files and folders',
  'files.metadata.write': 'View and edit information about your Dropbox files and folders',
  'files.content.read': 'View content of your Dropbox files and folders',
  'files.content.write': 'Edit content of your Dropbox files and folders',
  'sharing.read': 'View your Dropbox sharing settings and collaborators',
  'sharing.write': 'View and manage your Dropbox sharing settings and collaborators',
  'file_requests.read': 'View your file requests',
  'file_requests.write': 'Manage your file requests',
  'contacts.read': 'View your manually added Dropbox contacts',
  'contacts.write': 'View and manage your manually added Dropbox contacts',
  openid: 'Sign you in with your Dropbox account',
  email: 'View your email address',
  profile: 'View your name',
};

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f7f5f2;color:#1e1919;margin:0}
main{max-width:440px;margin:48px auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:20px;margin:0 0 16px} .logo{color:#0061fe;font-weight:700;font-size:22px;margin-bottom:24px}
ul{padding-left:20px} li{margin:6px 0} .account{color:#52565c;font-size:14px;margin:16px 0}
.buttons{display:flex;gap:12px;justify-content:flex-end;margin-top:24px}
button{font-size:15px;padding:10px 20px;border-radius:4px;border:1px solid #bbb5ae;background:#fff;cursor:pointer}
button.allow{background:#0061fe;border-color:#0061fe;color:#fff}
input.code{width:100%;font-family:ui-monospace,monospace;font-size:15px;padding:8px;box-sizing:border-box}
.note{font-size:13px;color:#52565c}
</style></head><body><main><div class="logo">Dropbox <span class="note">(local emulator)</span></div>
${body}
</main></body></html>`;
}

export function errorPage(message: string): string {
  return layout('Dropbox - 400', `<h1>Error (400)</h1><p id="error">${escapeHtml(message)}</p>`);
}

export function consentPage(
  app: DropboxApp,
  account: DropboxAccountRecord,
  scopes: string[],
  fields: [string, string][],
): string {
  const hidden = fields
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const items = scopes.map((s) => `<li>${escapeHtml(SCOPE_WORDS[s] ?? s)}</li>`).join('');
  return layout(
    `API Request Authorization - Dropbox`,
    `<h1><span id="app-name">${escapeHtml(app.name)}</span> would like to:</h1>
<ul id="scopes">${items}</ul>
<p class="account" id="account">Linking <strong>${escapeHtml(account.displayName)}</strong> (${escapeHtml(account.email)})</p>
<form method="post" action="/oauth2/authorize">${hidden}
<div class="buttons"><button type="submit" name="decision" value="deny" id="deny">Deny</button>
<button type="submit" name="decision" value="allow" class="allow" id="allow">Allow</button></div></form>`,
  );
}

export function codePage(app: DropboxApp, code: string): string {
  return layout(
    'API Request Authorized - Dropbox',
    `<h1>Access code generated</h1>
<p>Enter this code into <strong>${escapeHtml(app.name)}</strong> to finish the process.</p>
<input class="code" id="code" readonly value="${escapeHtml(code)}" aria-label="Access code">`,
  );
}

export function deniedPage(app: DropboxApp): string {
  return layout(
    'Access denied - Dropbox',
    `<h1>Access denied</h1><p id="error">You chose not to give ${escapeHtml(app.name)} access to your Dropbox.</p>`,
  );
}
