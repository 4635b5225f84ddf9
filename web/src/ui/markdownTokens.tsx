import { Fragment, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';

/*
 * The Markdown renderer for text beyond plain paragraphs and headings: marked reads the text into
 * tokens, which become React elements here, never an HTML string. A chunk of its own with marked
 * (~15 kB gzip), loaded by ui/Markdown when a text needs it (issue #17).
 */

/** Heading levels HTML has: h1 … h6. */
export type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Only web and mail addresses become links: anything else (javascript:, data:, a relative
 * path into the app) is dropped and its text shown plain.
 */
export function safeUrl(url: string): string {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url : '';
}

/**
 * The character references authors may type, read as the characters they stand for (marked
 * turns numeric ones into characters itself and leaves named ones as written). Any other name
 * is shown as typed.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  deg: '°',
  times: '×',
  middot: '·',
  bull: '•',
};

function decode(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * A link target as the page uses it: a web or mail address (anything else is ''), with what
 * a URL cannot hold as typed (spaces, accents) percent-encoded.
 */
function target(href: string): string {
  const url = safeUrl(href);
  try {
    return url && encodeURI(url).replace(/%25/g, '%');
  } catch {
    return '';
  }
}

/** The words of inline tokens without their marks: an image's description. */
function plainText(tokens: Token[]): string {
  return tokens
    .map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : t.type === 'text' ? decode(t.text) : 'text' in t ? t.text : ''))
    .join('');
}

/** Every heading depth the author used, wherever the heading sits (lists, quotes). */
function headingDepths(tokens: Token[], found: Set<number>): Set<number> {
  for (const t of tokens) {
    if (t.type === 'heading') found.add((t as Tokens.Heading).depth);
    if (t.type === 'list') headingDepths((t as Tokens.List).items, found);
    else if ('tokens' in t && t.tokens) headingDepths(t.tokens, found);
  }
  return found;
}

/** What the renderer needs besides the tokens: heading levels and the new-tab hint. */
type Context = { levels: Map<number, Level>; newTab: string };

/** A link that leaves the page: a new tab, no hold on this page, said to screen readers. */
function OutLink({ href, children, newTab }: { href: string; children: ReactNode; newTab: string }) {
  if (href.toLowerCase().startsWith('mailto:')) return <a href={href}>{children}</a>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {newTab}</span>
    </a>
  );
}

/** Block elements, one per line as the previous renderer wrote them. */
function blocks(tokens: Token[], cx: Context): ReactNode[] {
  const out: ReactNode[] = [];
  tokens.forEach((t, i) => {
    const node = block(t, cx);
    if (node === null) return;
    if (out.length) out.push('\n');
    out.push(<Fragment key={i}>{node}</Fragment>);
  });
  return out;
}

function block(t: Token, cx: Context): ReactNode {
  switch (t.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return <p>{inline(t.tokens ?? [], cx)}</p>;
    case 'heading': {
      const H = `h${cx.levels.get((t as Tokens.Heading).depth) ?? 6}` as const;
      return <H>{inline(t.tokens ?? [], cx)}</H>;
    }
    case 'list': {
      const list = t as Tokens.List;
      const items = list.items.flatMap((item, i) => [
        '\n',
        <li key={i}>{list.loose ? ['\n', ...blocks(item.tokens, cx), '\n'] : blocks(item.tokens, cx)}</li>,
      ]);
      items.push('\n');
      if (!list.ordered) return <ul>{items}</ul>;
      return <ol start={list.start === '' || list.start === 1 ? undefined : list.start}>{items}</ol>;
    }
    case 'blockquote':
      return <blockquote>{['\n', ...blocks(t.tokens ?? [], cx), '\n']}</blockquote>;
    case 'code': {
      const code = t as Tokens.Code;
      const lang = code.lang?.split(/\s/)[0];
      return (
        <pre>
          <code className={lang ? `language-${lang}` : undefined}>{[code.text, '\n']}</code>
        </pre>
      );
    }
    case 'hr':
      return <hr />;
    case 'html':
      // Raw HTML is never HTML here: the author sees what they typed, as text.
      return <p>{(t as Tokens.HTML).text.trim()}</p>;
    case 'text':
      // Text straight in a tight list item: its inline parts.
      return t.tokens ? inline(t.tokens, cx) : decode((t as Tokens.Text).text);
    default:
      // Anything else the lexer might produce is shown as the author wrote it.
      return typeof t.raw === 'string' ? <p>{t.raw.trim()}</p> : null;
  }
}

function inline(tokens: Token[], cx: Context): ReactNode[] {
  return tokens.map((t, i) => <Fragment key={i}>{span(t, cx)}</Fragment>);
}

function span(t: Token, cx: Context): ReactNode {
  switch (t.type) {
    case 'text':
      return t.tokens ? inline(t.tokens, cx) : decode((t as Tokens.Text).text);
    case 'escape':
    case 'html':
      // an escaped character, or raw HTML shown as the text it is
      return (t as Tokens.Escape).text;
    case 'strong':
      return <strong>{inline(t.tokens ?? [], cx)}</strong>;
    case 'em':
      return <em>{inline(t.tokens ?? [], cx)}</em>;
    case 'del':
      return <del>{inline(t.tokens ?? [], cx)}</del>;
    case 'codespan':
      return <code>{(t as Tokens.Codespan).text}</code>;
    case 'br':
      return <br />;
    case 'link': {
      const link = t as Tokens.Link;
      const href = target(link.autolink ? link.href : decode(link.href));
      const text = inline(link.tokens, cx);
      return href ? (
        <OutLink href={href} newTab={cx.newTab}>
          {text}
        </OutLink>
      ) : (
        text
      );
    }
    case 'image': {
      // Shown as a link to the picture: the page loads nothing from elsewhere.
      const image = t as Tokens.Image;
      const href = target(decode(image.href));
      const alt = plainText(image.tokens);
      return href ? (
        <OutLink href={href} newTab={cx.newTab}>
          {alt || href}
        </OutLink>
      ) : (
        alt
      );
    }
    default:
      return typeof t.raw === 'string' ? t.raw : null;
  }
}

/** marked's reading of `text`: CommonMark, as before (no GFM tables or bare-URL links). */
export function lexMarkdown(text: string): Token[] {
  return Lexer.lex(text, { gfm: false });
}

/** The rendered blocks of `tokens`, headings from `headingLevel` (see Markdown). */
export function markdownContent(tokens: Token[], headingLevel: Level, newTab: string): ReactNode[] {
  const depths = [...headingDepths(tokens, new Set())].sort((a, b) => a - b);
  const levels = new Map(depths.map((d, i) => [d, Math.min(6, headingLevel + i) as Level]));
  return blocks(tokens, { levels, newTab });
}
