import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** What a programme's badge shows. */
export interface BadgeFacts {
  code: string;
  title: string;
  issuerName: string;
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Hue 0–359 from the programme code: each programme its own colour, always the same. */
function hueOf(code: string): number {
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

/** Splits a title into at most three lines of about `width` characters. */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.length > 3
    ? [
        ...out.slice(0, 2),
        out
          .slice(2)
          .join(' ')
          .slice(0, width - 1) + '…',
      ]
    : out;
}

/**
 * A programme's badge as SVG (600 × 600): a rosette in the programme's colour with its code,
 * title and the issuer's name. The text uses Inter, which the PNG renderer is given as a file.
 */
export function badgeSvg(f: BadgeFacts, size = 600): string {
  const hue = hueOf(f.code);
  const dark = `hsl(${hue} 55% 24%)`;
  const mid = `hsl(${hue} 60% 38%)`;
  const light = `hsl(${hue} 70% 92%)`;
  const c = size / 2;
  // a 24-point rosette edge
  const points = Array.from({ length: 48 }, (_, i) => {
    const r = i % 2 ? c * 0.9 : c * 0.98;
    const a = (Math.PI * 2 * i) / 48;
    return `${(c + r * Math.sin(a)).toFixed(1)},${(c - r * Math.cos(a)).toFixed(1)}`;
  }).join(' ');
  const title = lines(f.title, 20);
  const titleY = c + 40 - (title.length - 1) * 17;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(`${f.title} badge`)}">
  <polygon points="${points}" fill="${mid}"/>
  <circle cx="${c}" cy="${c}" r="${c * 0.8}" fill="${light}" stroke="${dark}" stroke-width="6"/>
  <circle cx="${c}" cy="${c}" r="${c * 0.7}" fill="none" stroke="${mid}" stroke-width="2" stroke-dasharray="4 6"/>
  <text x="${c}" y="${c - 60}" text-anchor="middle" font-family="Inter" font-weight="700" font-size="84" fill="${dark}" letter-spacing="4">${escapeXml(f.code.slice(0, 8))}</text>
  <line x1="${c - 90}" y1="${c - 30}" x2="${c + 90}" y2="${c - 30}" stroke="${mid}" stroke-width="3"/>
  ${title.map((l, i) => `<text x="${c}" y="${titleY + i * 34}" text-anchor="middle" font-family="Inter" font-weight="700" font-size="28" fill="${dark}">${escapeXml(l)}</text>`).join('\n  ')}
  <text x="${c}" y="${c + 130}" text-anchor="middle" font-family="Inter" font-weight="400" font-size="15" fill="${dark}" letter-spacing="1.5">${escapeXml(f.issuerName.toUpperCase().slice(0, 40))}</text>
</svg>`;
}

const fontDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/inter'));
const FONT_FILES = [join(fontDir, '400Regular', 'Inter_400Regular.ttf'), join(fontDir, '700Bold', 'Inter_700Bold.ttf')];

/** The badge as PNG: what LinkedIn, WhatsApp and wallets show (link previews do not take SVG). */
export function badgePng(f: BadgeFacts, size = 600): Buffer {
  const svg = badgeSvg(f, size);
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'width', value: size },
  })
    .render()
    .asPng();
}
