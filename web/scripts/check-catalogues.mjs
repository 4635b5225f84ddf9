#!/usr/bin/env node
// The message catalogues are complete and used (run by `npm test` and `npm run lint`):
// - catalogues/en.json is exactly what `formatjs extract` finds in the code (run
//   `npm run i18n:extract -w web` after changing messages);
// - every other language has every English key and no key the code does not use;
// - every message parses as ICU, and a translation uses the same arguments as the English.
// Exits 1 with the list of problems.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogues = join(web, 'src/i18n/catalogues');
const LANGUAGES = ['fr', 'es', 'pt', 'ar'];
const problems = [];

/** What the code says, freshly extracted. */
export function extract() {
  const dir = mkdtempSync(join(tmpdir(), 'beacon-i18n-'));
  try {
    const out = join(dir, 'en.json');
    execFileSync(
      join(web, '../node_modules/.bin/formatjs'),
      ['extract', 'src/**/*.{ts,tsx}', '--ignore', 'src/gql/**', '--format', 'simple', '--out-file', out, '--throws'],
      { cwd: web, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A language's catalogue: the union of its files (one per area of the app), keys unique. */
export function readLanguage(lang) {
  const merged = {};
  for (const file of readdirSync(join(catalogues, lang))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const messages = JSON.parse(readFileSync(join(catalogues, lang, file), 'utf8'));
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) problems.push(`${lang}/${file}: "${key}" is also in another ${lang} file`);
      merged[key] = value;
    }
  }
  return merged;
}

/** The argument names a message uses ({name}, {count, plural, …}, <b>…</b>), sorted. */
function argumentsOf(message, where) {
  const names = new Set();
  const walk = (elements) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        names.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  try {
    walk(parse(message, { ignoreTag: false }));
  } catch (err) {
    problems.push(`${where}: not a valid ICU message (${err.message})`);
  }
  return [...names].sort().join(',');
}

const code = extract();
const english = JSON.parse(readFileSync(join(catalogues, 'en.json'), 'utf8'));
for (const key of Object.keys(code)) {
  if (!(key in english)) problems.push(`en.json lacks "${key}" (run npm run i18n:extract -w web)`);
  else if (english[key] !== code[key]) problems.push(`en.json: "${key}" differs from the code (run npm run i18n:extract -w web)`);
}
for (const key of Object.keys(english))
  if (!(key in code)) problems.push(`en.json: "${key}" is used by nothing (run npm run i18n:extract -w web)`);

for (const lang of LANGUAGES) {
  const messages = readLanguage(lang);
  for (const key of Object.keys(code)) {
    if (!(key in messages)) problems.push(`${lang} lacks "${key}"`);
    else if (argumentsOf(messages[key], `${lang} "${key}"`) !== argumentsOf(code[key], `en "${key}"`))
      problems.push(`${lang} "${key}": its arguments differ from the English ({${argumentsOf(code[key], key)}})`);
  }
  for (const key of Object.keys(messages)) if (!(key in code)) problems.push(`${lang} has "${key}", which nothing uses`);
}

if (problems.length) {
  console.error(`The message catalogues have ${problems.length} problem(s):\n  ${problems.slice(0, 200).join('\n  ')}`);
  process.exit(1);
}
console.log(`catalogues: ${Object.keys(code).length} messages, complete in en, ${LANGUAGES.join(', ')}`);
