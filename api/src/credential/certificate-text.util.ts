import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mirrorBrackets, reversed, shapedRightToLeft, visualRuns } from './bidi.util.js';

/** The certificate's typefaces, by role; each language draws them in fonts that have its letters. */
export type Face = 'sans' | 'sansBold' | 'serifItalic' | 'serifBold';

export interface TextStyle {
  face: Face;
  size: number;
  colour: string;
  /** letter spacing, for left-to-right scripts only (it would break joined Arabic letters) */
  spacing?: number;
}

export interface TextBox {
  /** the box's left edge, already placed for the layout's direction */
  x: number;
  y: number;
  width: number;
  /** where lines sit in the box: `start` is the side a line begins on (left, or right in Arabic) */
  align?: 'start' | 'center' | 'end';
  /** one line, never wrapped */
  lineBreak?: boolean;
  /** cut with "…" what does not fit */
  ellipsis?: boolean;
  /** at most this high (with `ellipsis`, the last line that fits ends with "…") */
  height?: number;
}

/** Writes the certificate's text in one direction; `write` returns the y just below what it wrote. */
export interface Scribe {
  readonly rtl: boolean;
  write(text: string, style: TextStyle, box: TextBox): number;
  widthOf(text: string, style: TextStyle): number;
}

/** The PDF standard fonts: nothing embedded, Latin letters only (what the certificate always used). */
const STANDARD: Record<Face, string> = {
  sans: 'Helvetica',
  sansBold: 'Helvetica-Bold',
  serifItalic: 'Times-Italic',
  serifBold: 'Times-Bold',
};

/** Left-to-right text: pdfkit's own layout in the standard fonts. */
export function leftToRightScribe(doc: PDFKit.PDFDocument): Scribe {
  const ALIGN = { start: 'left', center: 'center', end: 'right' } as const;
  return {
    rtl: false,
    write(text, s, b) {
      // one short line from the start: no box, pdfkit's own width (to the page's edge), so a box
      // narrower than the line does not wrap it
      const unboxed = b.lineBreak === false && (b.align ?? 'start') === 'start' && !b.ellipsis;
      const options: PDFKit.Mixins.TextOptions = unboxed ? {} : { width: b.width, align: ALIGN[b.align ?? 'start'] };
      if (s.spacing) options.characterSpacing = s.spacing;
      if (b.lineBreak === false && !unboxed) options.lineBreak = false;
      if (b.ellipsis) options.ellipsis = true;
      if (b.height !== undefined) options.height = b.height;
      doc.font(STANDARD[s.face]).fontSize(s.size).fillColor(s.colour).text(text, b.x, b.y, options);
      return doc.y;
    },
    widthOf(text, s) {
      return doc
        .font(STANDARD[s.face])
        .fontSize(s.size)
        .widthOfString(text, s.spacing ? { characterSpacing: s.spacing } : {});
    },
  };
}

/**
 * Amiri (SIL Open Font License), a classical Naskh, embedded as a subset of the glyphs a
 * certificate uses; fontkit shapes it (joined letters, ligatures, marks). Its letters are whole
 * glyphs, each with its own character, so the PDF's text copies and searches as Arabic (fonts
 * that build letters from shared dotless bases and dots, like Noto Naskh, copy as other letters).
 * Latin runs are drawn in the standard fonts, as on every other certificate.
 */
const amiriDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/amiri'));
const AMIRI = {
  regular: join(amiriDir, '400Regular', 'Amiri_400Regular.ttf'),
  bold: join(amiriDir, '700Bold', 'Amiri_700Bold.ttf'),
};
let amiriFiles: { regular: Buffer; bold: Buffer } | undefined;
const amiri = () => (amiriFiles ??= { regular: readFileSync(AMIRI.regular), bold: readFileSync(AMIRI.bold) });

const ARABIC_FACE: Record<Face, 'arabic' | 'arabicBold'> = {
  sans: 'arabic',
  sansBold: 'arabicBold',
  serifItalic: 'arabic',
  serifBold: 'arabicBold',
};

/** Arabic shaping, and kerning; pdfkit lays a run out whole (not word by word) when features are given. */
const FEATURES: PDFKit.Mixins.OpenTypeFeatures[] = ['kern'];

/** Amiri's letters are small beside Latin capitals of the same size: drawn this much larger. */
const ARABIC_SCALE = 1.15;
/** Where a right-to-left line's baseline sits below its top, and its height, per point of size. */
const ARABIC_LINE = { ascent: 1.0, height: 1.5 };

interface Segment {
  text: string;
  arabic: boolean;
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * Right-to-left text (Arabic): lines cut into runs of one direction (bidi.util), each run into
 * pieces of one font (the Arabic font for Arabic letters and the punctuation it has, the standard
 * font of the role for the rest), drawn from the left in the order they appear on the page.
 */
export function rightToLeftScribe(doc: PDFKit.PDFDocument): Scribe {
  const files = amiri();
  doc.registerFont('arabic', files.regular);
  doc.registerFont('arabicBold', files.bold);
  // what the Arabic font can draw (it also has spaces, the Arabic comma, digits, some punctuation)
  doc.font('arabic');
  const arabicFont = (doc as unknown as { _font: { font: FontkitFont } })._font.font;
  const inArabicFont = (ch: string) => arabicFont.hasGlyphForCodePoint(ch.codePointAt(0)!);

  /** A run cut into pieces of one font, in the order they appear from the left. */
  const segments = (run: { text: string; rtl: boolean }): Segment[] => {
    const pieces: Segment[] = [];
    for (const ch of run.text) {
      // in a left-to-right run only right-to-left letters (Arabic-Indic digits) need the Arabic font
      const arabic = run.rtl ? inArabicFont(ch) && !/[A-Za-z0-9]/.test(ch) : shapedRightToLeft(ch);
      const last = pieces[pieces.length - 1];
      if (last && (last.arabic === arabic || /\p{M}/u.test(ch))) last.text += ch;
      else pieces.push({ text: ch, arabic });
    }
    if (!run.rtl) {
      // fontkit reverses a piece of Arabic-Indic digits: hand it reversed so it comes out in order
      return pieces.map((p) => (p.arabic ? { ...p, text: reversed(p.text) } : p));
    }
    // a right-to-left run: pieces from the last to the first; fontkit reverses an Arabic piece
    // itself, anything else (spaces, punctuation in the standard font) is reversed here
    return pieces.reverse().map((p) => {
      const text = mirrorBrackets(p.text);
      return { ...p, text: p.arabic && shapedRightToLeft(text) ? text : reversed(text) };
    });
  };

  const use = (piece: Segment, s: TextStyle) => {
    doc.font(piece.arabic ? ARABIC_FACE[s.face] : STANDARD[s.face]).fontSize(piece.arabic ? s.size * ARABIC_SCALE : s.size);
  };
  const spacingOf = (piece: Segment, s: TextStyle) => (piece.arabic ? 0 : (s.spacing ?? 0));
  const pieceWidth = (piece: Segment, s: TextStyle) => {
    use(piece, s);
    const spacing = spacingOf(piece, s);
    return doc.widthOfString(piece.text, piece.arabic ? { features: FEATURES } : {}) + spacing * Array.from(piece.text).length;
  };
  /** A paragraph with no right-to-left letter (an English evidence line, a URL) is a left-to-right paragraph of its own, as `dir="auto"` would make it. */
  const lineSegments = (line: string, ltr = !shapedRightToLeft(line)) =>
    (ltr ? [{ text: line, rtl: false }] : visualRuns(line)).flatMap(segments);
  const widthOf = (line: string, s: TextStyle, ltr?: boolean) => lineSegments(line, ltr).reduce((w, p) => w + pieceWidth(p, s), 0);

  /** `text` cut to `width` with "…" at its (logical) end. */
  const cut = (text: string, width: number, s: TextStyle, ltr?: boolean) => {
    if (widthOf(text, s, ltr) <= width) return text;
    const chars = Array.from(text);
    while (chars.length > 1 && widthOf(`${chars.join('').trimEnd()}…`, s, ltr) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  };

  /** Lines of at most `width`, broken between words (a word longer than the line stays whole). */
  const wrap = (text: string, width: number, s: TextStyle, ltr?: boolean): string[] => {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && widthOf(candidate, s, ltr) > width) {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      lines.push(line);
    }
    return lines;
  };

  const drawLine = (line: string, s: TextStyle, b: TextBox, baseline: number, ltr?: boolean) => {
    const pieces = lineSegments(line, ltr);
    const widths = pieces.map((p) => pieceWidth(p, s));
    const total = widths.reduce((a, w) => a + w, 0);
    const align = b.align ?? 'start';
    let x = align === 'center' ? b.x + (b.width - total) / 2 : align === 'start' ? b.x + b.width - total : b.x;
    pieces.forEach((p, i) => {
      use(p, s);
      const spacing = spacingOf(p, s);
      const options: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
      if (p.arabic) options.features = FEATURES;
      if (spacing) options.characterSpacing = spacing;
      doc.fillColor(s.colour).text(p.text, x, baseline, options);
      x += widths[i];
    });
  };

  return {
    rtl: true,
    write(text, s, b) {
      const lineHeight = s.size * ARABIC_LINE.height;
      const ltr = !shapedRightToLeft(text);
      let lines = b.lineBreak === false ? [text] : wrap(text, b.width, s, ltr);
      if (b.height !== undefined) {
        const fit = Math.max(1, Math.floor(b.height / lineHeight));
        if (lines.length > fit) lines = [...lines.slice(0, fit - 1), `${lines[fit - 1]}…`];
      }
      if (b.ellipsis) lines = lines.map((l) => cut(l, b.width, s, ltr));
      lines.forEach((line, i) => drawLine(line, s, b, b.y + i * lineHeight + s.size * ARABIC_LINE.ascent, ltr));
      return b.y + lines.length * lineHeight;
    },
    widthOf,
  };
}
