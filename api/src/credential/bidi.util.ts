/**
 * Right-to-left lines for documents drawn glyph by glyph (the PDF certificate): pdfkit writes text
 * in the order it is given and fontkit shapes one run in one direction, so a line that mixes
 * Arabic with Latin names, codes and numbers is cut here into runs of one direction, in the
 * order they appear on the page.
 *
 * A small subset of the Unicode bidirectional algorithm, enough for one-line labels in a
 * right-to-left paragraph: Arabic and Hebrew letters are right-to-left; other letters and digits
 * (European or Arabic-Indic) left-to-right; anything else (spaces, punctuation) takes the
 * direction of the letters around it when both sides agree, and the paragraph's (right-to-left)
 * otherwise. "Programme (COIM) · COIM Accra · قدّمه Partner" is thus three runs, drawn
 * "Partner", "قدّمه ·", "Programme (COIM) · COIM Accra" from the left. No embeddings or isolates.
 */

export interface BidiRun {
  text: string;
  rtl: boolean;
}

type Strength = 'L' | 'R' | 'N';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** Directional marks (as Intl writes into Arabic dates): they steer the runs, and are not drawn. */
const MARKS: Record<string, Strength> = { '\u200e': 'L', '\u200f': 'R', '\u061c': 'R' };
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

function strength(ch: string): Strength | 'M' {
  if (ch in MARKS) return MARKS[ch];
  if (MARK.test(ch)) return 'M';
  if (DIGIT.test(ch)) return 'L'; // numbers read left to right, Arabic-Indic digits too
  if (RTL_LETTER.test(ch)) return 'R';
  if (LETTER.test(ch)) return 'L';
  return 'N';
}

/** The runs of `text` in a right-to-left paragraph, from the left of the page to the right. */
export function visualRuns(text: string): BidiRun[] {
  const chars = Array.from(text);
  const kinds: Strength[] = [];
  for (const ch of chars) {
    const k = strength(ch);
    // a combining mark (shadda, harakat) goes with the letter it sits on
    kinds.push(k === 'M' ? (kinds[kinds.length - 1] ?? 'R') : k);
  }
  // neutrals: left-to-right between two left-to-right letters, else the paragraph's direction
  const levels = kinds.map((k, i) => {
    if (k !== 'N') return k;
    let before: Strength = 'R';
    for (let j = i - 1; j >= 0; j--) if (kinds[j] !== 'N') { before = kinds[j]; break; }
    let after: Strength = 'R';
    for (let j = i + 1; j < kinds.length; j++) if (kinds[j] !== 'N') { after = kinds[j]; break; }
    return before === 'L' && after === 'L' ? 'L' : 'R';
  });
  const logical: BidiRun[] = [];
  chars.forEach((ch, i) => {
    if (INVISIBLE.test(ch)) return;
    const rtl = levels[i] === 'R';
    const last = logical[logical.length - 1];
    if (last && last.rtl === rtl) last.text += ch;
    else logical.push({ text: ch, rtl });
  });
  return logical.reverse();
}

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

/** Brackets turned to face the way a right-to-left run reads ("(" closes on the left). */
export const mirrorBrackets = (text: string): string => text.replace(/[()[\]{}<>«»‹›]/g, (c) => MIRRORED[c]);

/** True when fontkit will shape `text` right to left (it reverses the glyphs itself): it holds a letter or digit of a right-to-left script. */
export const shapedRightToLeft = (text: string): boolean => RTL_LETTER.test(text);

/** The characters of `text` in reverse order (what a right-to-left run of neutrals looks like). */
export const reversed = (text: string): string => Array.from(text).reverse().join('');
