import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type * as Full from './markdownTokens';

/** Heading levels HTML has: h1 … h6. */
type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** A paragraph or heading of plain text (plainTokens). */
export type PlainBlock = { type: 'paragraph'; text: string } | { type: 'heading'; depth: number; text: string };

/** The full renderer with marked (./markdownTokens), once loaded. */
let full: typeof Full | undefined;
let loadingFull: Promise<unknown> | undefined;

/**
 * Loads marked and the full renderer (./markdownTokens, ~16 kB gzip, a chunk of their own) the
 * first time a text needs them: most programme text is paragraphs and headings, which
 * plainTokens reads and plainContent renders without them (issue #17: the learner home opens
 * without the parser unless its week's text uses more Markdown than that).
 */
export function loadMarkdownParser(): Promise<unknown> {
  loadingFull ??= import('./markdownTokens').then((m) => {
    full = m;
  });
  return loadingFull;
}

/** Characters that mean something inline (emphasis, code, links, HTML, references, escapes), or that this reader leaves to marked. */
// eslint-disable-next-line no-control-regex -- control characters (tabs among them) are left to marked
const INLINE_MARK = /[\\`*_[\]<>&~|\u0000-\u0009\u000b-\u001f\u007f]/;
/** What may start a block other than a paragraph: a list, quote, rule, fence, table or setext underline; an ordered list's number. */
const BLOCK_START = /^(?:[-+*=#>_~|`]|\d{1,9}[.)])/;
/** An ATX heading with one space after its #s and no closing #s. */
const HEADING = /^(#{1,6}) (\S(?:.*\S)?)$/;

/**
 * The blocks of text that is only paragraphs and ATX headings of plain words (no emphasis, links,
 * code, HTML, character references, lists or indentation, lines without leading or trailing
 * spaces), read without marked; null for any other text. The unit tests hold plainContent of
 * these to the full renderer's output for marked's reading of the same texts.
 */
export function plainTokens(text: string): PlainBlock[] | null {
  const out: PlainBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (!paragraph.length) return;
    const t = paragraph.join('\n');
    out.push({ type: 'paragraph', text: t });
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    if (line === '') {
      endParagraph();
      continue;
    }
    if (INLINE_MARK.test(line) || line.trim() !== line) return null;
    const heading = HEADING.exec(line);
    if (heading) {
      if (heading[2].includes('#')) return null;
      endParagraph();
      out.push({ type: 'heading', depth: heading[1].length, text: heading[2] });
      continue;
    }
    if (BLOCK_START.test(line)) return null;
    paragraph.push(line);
  }
  endParagraph();
  return out;
}

/** Plain blocks rendered as the full renderer renders them: one per line, headings from `headingLevel` without gaps. */
export function plainContent(blocks: PlainBlock[], headingLevel: Level): ReactNode[] {
  const depths = [...new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.depth] : [])))].sort((a, b) => a - b);
  const levels = new Map(depths.map((d, i) => [d, Math.min(6, headingLevel + i) as Level]));
  const out: ReactNode[] = [];
  blocks.forEach((b, i) => {
    if (out.length) out.push('\n');
    const H = `h${b.type === 'heading' ? (levels.get(b.depth) ?? 6) : 6}` as const;
    out.push(<Fragment key={i}>{b.type === 'heading' ? <H>{b.text}</H> : <p>{b.text}</p>}</Fragment>);
  });
  return out;
}

/**
 * Text an author wrote in Markdown (programme content, assignment instructions), rendered:
 * paragraphs, emphasis, lists, headings, links, code. Raw HTML is never rendered (it is shown
 * as text), links go only to web and mail addresses and open in a new tab without handing the
 * page to the site, and images are shown as links (the page loads nothing from elsewhere).
 * Headings start at `headingLevel`, the level just below the heading of the section the text
 * sits in: the author's highest heading becomes that level and the others follow it without
 * gaps (# then ### becomes h3 then h4 with level 3), never past h6, so the page's outline
 * stays whole whichever levels the author chose.
 *
 * marked only reads the text into tokens (CommonMark, as before: no GFM tables or bare-URL
 * links); the tokens become React elements here, never an HTML string. Plain paragraphs and
 * headings are read without marked (plainTokens); other text is shown as typed, in paragraphs,
 * while marked loads (a moment, the first time), then formatted.
 */
export function Markdown({
  text,
  headingLevel,
  lang,
  className,
}: {
  text: string;
  headingLevel: Level;
  lang?: string;
  className?: string;
}) {
  const intl = useIntl();
  const newTab = intl.formatMessage({ id: 'ui.markdown.newTab', defaultMessage: '(opens in a new tab)' });
  const plain = useMemo(() => plainTokens(text), [text]);
  const [parserLoaded, setParserLoaded] = useState(() => full !== undefined);
  const waiting = plain === null && !parserLoaded;
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    // a parser that cannot be fetched (offline) leaves the text as typed
    loadMarkdownParser().then(
      () => live && setParserLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  const content = useMemo(
    () =>
      plain
        ? plainContent(plain, headingLevel)
        : parserLoaded && full
          ? full.markdownContent(full.lexMarkdown(text), headingLevel, newTab)
          : null,
    [plain, parserLoaded, text, headingLevel, newTab],
  );
  return (
    <div className={`markdown ${className ?? ''}`} lang={lang} aria-busy={content ? undefined : true}>
      {content ??
        text
          .split(/\n{2,}/)
          .filter((p) => p.trim())
          .map((p, i) => <p key={i}>{p}</p>)}
    </div>
  );
}
