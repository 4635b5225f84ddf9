import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CredentialStatus } from '@beacon/domain';
import type { CredentialView } from './dto/credential.model.js';

const defaultWebDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The web app's index.html, read once (null when the web app is not built: the API-only mode of tests). */
let indexHtml: { dir: string; html: string | null } | null = null;
function webIndex(dir: string): string | null {
  if (indexHtml?.dir !== dir) {
    const file = resolve(dir, 'index.html');
    indexHtml = { dir, html: existsSync(file) ? readFileSync(file, 'utf8') : null };
  }
  return indexHtml.html;
}

/** The sentence a link preview shows under the title. */
export function shareDescription(v: Pick<CredentialView, 'learnerName' | 'name' | 'issuerName' | 'partnerName' | 'status'>): string {
  const status = v.status === CredentialStatus.REVOKED ? ' (revoked)' : v.status === CredentialStatus.EXPIRED ? ' (expired)' : '';
  return `${v.learnerName} holds the ${v.name} credential${status}, issued by ${v.issuerName} and delivered by ${v.partnerName}. Verifiable Open Badges 3.0 credential.`;
}

/**
 * The Open Graph and Twitter card tags of a credential's public page, in the HTML the server
 * sends: link previews (LinkedIn, WhatsApp, Slack…) do not run the page's JavaScript.
 */
export function shareTags(v: CredentialView): string {
  const title = `${v.learnerName} — ${v.name}`;
  const description = shareDescription(v);
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Beacon'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:url', v.verificationUrl],
    ['property', 'og:image', v.badgeImageUrl],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(BADGE_SIZE)],
    ['property', 'og:image:height', String(BADGE_SIZE)],
    ['property', 'og:image:alt', `${v.name} badge`],
    ['name', 'twitter:card', 'summary'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', v.badgeImageUrl],
    ['name', 'description', description],
    ['name', 'beacon:holder', v.learnerName],
    ['name', 'beacon:issuer', v.issuerName],
  ];
  return [
    ...tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`),
    `<link rel="canonical" href="${escapeHtml(v.verificationUrl)}" />`,
    `<link rel="alternate" type="application/vc+ld+json" href="${escapeHtml(v.jsonUrl)}" />`,
    `<link rel="alternate" type="application/vc+jwt" href="${escapeHtml(v.jwtUrl)}" />`,
  ].join('\n    ');
}

export const BADGE_SIZE = 600;

/**
 * The public page of a credential as the server sends it: the web app's index.html with the
 * credential's title and share tags in its head (the app then renders the page as usual); with
 * no web app built, a small page with the same head and a link to the credential's JSON.
 */
export function credentialPageHtml(v: CredentialView | null, webDist: string | undefined): string {
  const html = webIndex(webDist ?? defaultWebDist);
  const title = v ? `${v.learnerName} — ${v.name} · Beacon` : 'Credential not found · Beacon';
  const head = v ? shareTags(v) : '<meta name="robots" content="noindex" />';
  if (html) {
    return html
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(/\s*<meta name="description"[^>]*>/, '')
      .replace('</head>', `  ${head}\n  </head>`);
  }
  const body = v
    ? `<h1>${escapeHtml(v.learnerName)} — ${escapeHtml(v.name)}</h1><p>${escapeHtml(shareDescription(v))}</p><p><a href="${escapeHtml(v.jsonUrl)}">The signed credential</a></p>`
    : '<h1>Credential not found</h1>';
  return `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>${escapeHtml(title)}</title>\n    ${head}\n  </head>\n  <body>${body}</body>\n</html>\n`;
}
