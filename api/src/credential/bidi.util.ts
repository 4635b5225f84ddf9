import bidiModule, { type Bidi } from 'bidi-js';

/**
 * Right-to-left lines for documents drawn glyph by glyph (the PDF certificate): pdfkit writes text
 * in the order it is given and fontkit shapes one run in one direction, so a line that mixes
 * Arabic with Latin names, codes and numbers is cut here into runs of one direction, in the
 * order they appear on the page. The levels come from the Unicode Bidirectional Algorithm
 * (bidi-js, UAX #9) for a right-to-left paragraph; the runs are reordered by its rule L2.
 * "Programme (COIM) · COIM Accra · قدّمه Partner" is thus three runs, drawn "Partner",
 * "قدّمه ·", "Programme (COIM) · COIM Accra" from the left.
 */

export interface BidiRun {
  text: string;
  rtl: boolean;
}

// a UMD (CommonJS) module typed with an ES default export: under NodeNext its default import is module.exports, the factory itself
const bidi: Bidi = (bidiModule as unknown as () => Bidi)();
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Directional marks and embeddings (as Intl writes into Arabic dates): they steer the runs, and are not drawn. */
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

/** The runs of `text` in a right-to-left paragraph, from the left of the page to the right. */
export function visualRuns(text: string): BidiRun[] {
  const { levels } = bidi.getEmbeddingLevels(text, 'rtl');
  // runs of one level, in reading order (each run's text stays in reading order)
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (INVISIBLE.test(ch)) continue;
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.text += ch;
    else runs.push({ text: ch, level: levels[i] });
  }
  // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or higher
  const highest = Math.max(0, ...runs.map((r) => r.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j].level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs.map((r) => ({ text: r.text, rtl: r.level % 2 === 1 }));
}

const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** Brackets turned to face the way a right-to-left run reads ("(" closes on the left). */
export const mirrorBrackets = (text: string): string => text.replace(/[()[\]{}<>«»‹›]/g, (c) => MIRRORED[c]);

/** True when fontkit will shape `text` right to left (it reverses the glyphs itself): it holds a letter or digit of a right-to-left script. */
export const shapedRightToLeft = (text: string): boolean => RTL_LETTER.test(text);

/** The characters of `text` in reverse order (what a right-to-left run of neutrals looks like). */
export const reversed = (text: string): string => Array.from(text).reverse().join('');
