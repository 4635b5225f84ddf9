import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, LOCALES, intlTag, type Locale } from '../i18n.js';

const en = CATALOGUES.en as Record<string, string>;
const srcDir = fileURLToPath(new URL('../..', import.meta.url));

/** Every TypeScript file of api/src but the tests: where the code names the messages it uses. */
function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === '__tests__' || e.name === 'catalogues' ? '' : sourceText(path);
      return e.name.endsWith('.ts') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}
// the ICU parser's element types (@formatjs/icu-messageformat-parser TYPE): literal, and # inside a plural
const LITERAL = 0;
const POUND = 7;
const PLURAL = 6;

/** The message's arguments ({name}, {count, plural, …}, …), however deep. */
function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type !== LITERAL && e.type !== POUND && typeof e.value === 'string') into.add(e.value);
    for (const option of Object.values(e.options ?? {})) argumentsOf(option.value, into);
    if (e.children) argumentsOf(e.children, into);
  }
  return into;
}

/** Plural branches that are not categories of the language (exact =n branches are always allowed). */
function strayPluralKeys(elements: Element[], categories: Set<string>, into: string[] = []): string[] {
  for (const e of elements) {
    if (e.type === PLURAL) {
      for (const key of Object.keys(e.options ?? {})) if (!key.startsWith('=') && !categories.has(key)) into.push(key);
      if (!e.options?.other) into.push('(no other)');
    }
    for (const option of Object.values(e.options ?? {})) strayPluralKeys(option.value, categories, into);
  }
  return into;
}

const ast = (message: string, locale: Locale) => new IntlMessageFormat(message, intlTag(locale), undefined, { ignoreTag: true }).getAst() as unknown as Element[];

describe('the API’s message catalogues (api/src/i18n/catalogues)', () => {
  it('English names only messages that the code uses', () => {
    const code = sourceText(srcDir);
    const unused = Object.keys(en).filter((id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const catalogue = CATALOGUES[locale] as Record<string, string>;

    it('has every message of en.json, and no other', () => {
      expect(Object.keys(en).filter((id) => !(id in catalogue))).toEqual([]);
      expect(Object.keys(catalogue).filter((id) => !(id in en))).toEqual([]);
    });

    it('keeps the ICU arguments of each English message, with the plural categories of the language', () => {
      const categories = new Set<string>(new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories);
      const problems: string[] = [];
      for (const [id, message] of Object.entries(catalogue)) {
        if (!(id in en)) continue;
        let elements: Element[];
        try {
          elements = ast(message, locale);
        } catch (e) {
          problems.push(`${id}: not valid ICU (${(e as Error).message})`);
          continue;
        }
        const theirs = [...argumentsOf(elements)].sort();
        const english = [...argumentsOf(ast(en[id], 'en'))].sort();
        if (theirs.join() !== english.join()) problems.push(`${id}: arguments {${theirs.join(', ')}}, English has {${english.join(', ')}}`);
        const stray = strayPluralKeys(elements, categories);
        if (stray.length) problems.push(`${id}: plural branches ${stray.join(', ')} are not ${locale} categories`);
      }
      expect(problems).toEqual([]);
    });
  });
});
