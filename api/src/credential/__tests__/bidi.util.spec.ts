import { describe, expect, it } from '@jest/globals';
import { mirrorBrackets, visualRuns } from '../bidi.util.js';

/** The runs as they sit on the page from the left, right-to-left ones marked. */
const page = (text: string) => visualRuns(text).map((r) => (r.rtl ? `<${r.text}>` : r.text));

describe('a right-to-left line cut into runs of one direction, in page order', () => {
  it('pure Arabic is one right-to-left run', () => {
    expect(page('نشهد بأن')).toEqual(['<نشهد بأن>']);
  });

  it('a Latin name inside Arabic reads left to right where it sits; the spaces go with the Arabic', () => {
    expect(page('بالشراكة مع Outside-In Africa')).toEqual(['Outside-In Africa', '<بالشراكة مع >']);
    expect(page('عن Outside-In Certification Board')).toEqual(['Outside-In Certification Board', '<عن >']);
  });

  it('Latin words around Arabic keep their own order, and punctuation between two Latin words stays with them', () => {
    expect(page('Certified Outside-In Master (COIM) · COIM Accra · قدّمه Outside-In Africa')).toEqual([
      'Outside-In Africa',
      '< · قدّمه >',
      'Certified Outside-In Master (COIM) · COIM Accra',
    ]);
    expect(page('Open Badges 3.0 · توقيع Ed25519')).toEqual(['Ed25519', '< · توقيع >', 'Open Badges 3.0']);
  });

  it('numbers read left to right, Arabic-Indic digits too', () => {
    expect(page('2 ديسمبر 2026')).toEqual(['2026', '< ديسمبر >', '2']);
    expect(page('٢ ديسمبر ٢٠٢٦')).toEqual(['٢٠٢٦', '< ديسمبر >', '٢']);
    // directional marks steer, and are not drawn
    expect(page('\u200f2 ديسمبر\u200f 2026')).toEqual(['2026', '< ديسمبر >', '2']);
  });

  it('punctuation at the ends of a line takes the paragraph’s direction', () => {
    expect(page('Kwame.')).toEqual(['<.>', 'Kwame']);
  });

  it('brackets in a right-to-left run face the other way', () => {
    expect(mirrorBrackets('(أ) «ب»')).toBe(')أ( »ب«');
  });
});
