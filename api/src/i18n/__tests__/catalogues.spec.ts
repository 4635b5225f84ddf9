import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, LOCALES, intlTag, type Locale } from '../i18n.js';
import { DEFINED_ERROR_MESSAGES, ERROR_CATALOGUES } from '../error-messages.js';

const en = CATALOGUES.en as Record<string, string>;
const srcDir = fileURLToPath(new URL('../..', import.meta.url));

/** Every TypeScript file of api/src but the tests, by path: where the code names the messages it uses. */
function sourceFiles(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): [string, string][] => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'catalogues' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}
const sourceText = (dir: string): string =>
  sourceFiles(dir)
    .map(([, text]) => text)
    .join('\n');

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

const ast = (message: string, locale: Locale) =>
  new IntlMessageFormat(message, intlTag(locale), undefined, { ignoreTag: true }).getAst() as unknown as Element[];

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

describe('the API’s error messages (defineErrors in the code, translations in api/src/i18n/catalogues/errors)', () => {
  const files = sourceFiles(srcDir);
  let english: Record<string, string>;

  beforeAll(async () => {
    // every module that defines error messages, so that all of them are known
    for (const [path, text] of files) if (/\bdefineErrors\(/.test(text)) await import(path);
    english = Object.fromEntries(DEFINED_ERROR_MESSAGES);
  });

  it('finds the messages of every area, each English message valid ICU', () => {
    expect(Object.keys(english).length).toBeGreaterThan(100);
    const invalid = Object.entries(english).flatMap(([id, message]) => {
      try {
        ast(message, 'en');
        return [];
      } catch (e) {
        return [`${id}: ${(e as Error).message}`];
      }
    });
    expect(invalid).toEqual([]);
  });

  it('leaves no user-facing error written as plain English text in the code', () => {
    // the GraphQL request's own refusals (size, variables) stay English, as graphql-js's do
    const exempt = new Set(['graphql-limits.ts']);
    const plain = files
      .filter(([path]) => !exempt.has(path.split('/').pop()!))
      .flatMap(([path, text]) =>
        [
          ...text.matchAll(
            /\b(?:badInput|conflict|forbidden|unauthenticated|notFound)\(\s*[`"']|new AppError\('[A-Z_]+',\s*[`"']|new FileRefusedError\('[A-Z_]+',\s*[`"']/g,
          ),
        ].map((m) => `${path.slice(srcDir.length)}: ${m[0]}`),
      )
      .filter((hit) => !/notFound\('/.test(hit));
    expect(plain).toEqual([]);
  });

  describe.each(LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en'))('%s', (locale) => {
    it('has every error message of the code, and no other', () => {
      const catalogue = ERROR_CATALOGUES[locale];
      expect(Object.keys(english).filter((id) => !(id in catalogue))).toEqual([]);
      expect(Object.keys(catalogue).filter((id) => !(id in english))).toEqual([]);
    });

    it('keeps the ICU arguments of each English error message, with the plural categories of the language', () => {
      const categories = new Set<string>(new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories);
      const problems: string[] = [];
      for (const [id, message] of Object.entries(ERROR_CATALOGUES[locale])) {
        if (!(id in english)) continue;
        let elements: Element[];
        try {
          elements = ast(message, locale);
        } catch (e) {
          problems.push(`${id}: not valid ICU (${(e as Error).message})`);
          continue;
        }
        const theirs = [...argumentsOf(elements)].sort();
        const source = [...argumentsOf(ast(english[id], 'en'))].sort();
        if (theirs.join() !== source.join()) problems.push(`${id}: arguments {${theirs.join(', ')}}, English has {${source.join(', ')}}`);
        const stray = strayPluralKeys(elements, categories);
        if (stray.length) problems.push(`${id}: plural branches ${stray.join(', ')} are not ${locale} categories`);
      }
      expect(problems).toEqual([]);
    });
  });
});
