// The explorer's HTML and stylesheet. Everything the page loads comes from this server: no inline
// script or style, so the Content-Security-Policy can allow 'self' alone (GraphiQL's fonts are data: URLs).
// GraphiQL's dialogs (settings, short keys) add a <style> that only locks page scrolling: the policy
// blocks it, with a console message, and the page, which never scrolls, looks and works the same.
import { DEMO_PRINCIPALS } from '../db/demo-principals';

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A principal's value in the role picker, and how the token endpoint reads it back. */
export const principalValue = (role: string, org: string | null) => (org === null ? role : `${role}:${org}`);

function roleOptions(): string {
  const demo = DEMO_PRINCIPALS.map(({ role, org, description }) =>
    `<option value="${escapeHtml(principalValue(role, org))}" title="${escapeHtml(description)}">${escapeHtml(`${role} ${org ?? ''}`.trim())}</option>`);
  return ['<option value="PUBLIC" selected>PUBLIC (no token)</option>', ...demo].join('\n      ');
}

export function explorerHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Special measures oversight: explorer</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="explorer/assets/graphiql.min.css">
  <link rel="stylesheet" href="explorer/explorer.css">
  <script defer src="explorer/assets/react.production.min.js"></script>
  <script defer src="explorer/assets/react-dom.production.min.js"></script>
  <script defer src="explorer/assets/graphiql.min.js"></script>
  <script defer src="explorer/explorer.js"></script>
</head>
<body>
  <header class="explorer-bar">
    <label for="role">Act as</label>
    <select id="role">
      ${roleOptions()}
    </select>
    <button id="example" type="button" title="Puts the example query of the role picked in the editor">Example query</button>
    <span id="status" role="status" data-state="ready">PUBLIC: no token</span>
    <span class="explorer-note">Demo principals, development only. GraphQL is at <code>/graphql</code>.</span>
  </header>
  <main id="graphiql">Loading GraphiQL…</main>
</body>
</html>
`;
}

export const EXPLORER_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.explorer-bar { display: flex; align-items: center; gap: 0.75rem; padding: 0.5rem 1rem; border-bottom: 1px solid #ccc; }
.explorer-bar select, .explorer-bar button { font: inherit; padding: 0.2rem 0.5rem; }
#status[data-state="pending"] { color: #666; }
#status[data-state="error"] { color: #b00020; }
.explorer-note { margin-left: auto; color: #555; font-size: 0.85rem; }
#graphiql { flex: 1; min-height: 0; }
`;
