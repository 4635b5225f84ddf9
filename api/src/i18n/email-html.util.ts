import { intlTag, textDirection, type Locale } from './i18n.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const URL = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/** One line of the text body: escaped, its links made links (isolated, so an address reads left to right in Arabic too). */
const line = (text: string) => escape(text).replace(URL, (u) => `<a href="${u}" dir="ltr">${u}</a>`);

/**
 * The HTML alternative of an email's text body, in the reader's language and direction
 * (`dir="rtl"` for Arabic): paragraphs where the text has blank lines, line breaks within them.
 */
export function emailHtml(subject: string, body: string, locale: Locale): string {
  const dir = textDirection(locale);
  const paragraphs = body
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.split('\n').map(line).join('<br>\n')}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${intlTag(locale)}" dir="${dir}">`,
    `<head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    `<body dir="${dir}" style="font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif; line-height: 1.5; text-align: start">`,
    ...paragraphs,
    '</body>',
    '</html>',
  ].join('\n');
}
