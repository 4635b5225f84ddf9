import { useMemo } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { useIntl } from 'react-intl';

/** Heading levels HTML has: h1 … h6. */
type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Only web and mail addresses become links: anything else (javascript:, data:, a relative
 * path into the app) is dropped and its text shown plain.
 */
export function safeUrl(url: string): string {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url : '';
}

/** The parts of a Markdown syntax tree (mdast) that heading levels need. */
type MdNode = { type: string; depth?: number; children?: MdNode[] };

/**
 * A remark plugin: the author's highest heading becomes `level` and the others follow it
 * without gaps (# then ### becomes h3 then h4 with level 3), never past h6, so the page's
 * outline stays whole whichever levels the author chose.
 */
function headingsFrom(level: Level) {
  return () => (tree: MdNode) => {
    const headings: MdNode[] = [];
    const walk = (n: MdNode) => {
      if (n.type === 'heading') headings.push(n);
      n.children?.forEach(walk);
    };
    walk(tree);
    const depths = [...new Set(headings.map((h) => h.depth ?? 1))].sort((a, b) => a - b);
    for (const h of headings) h.depth = Math.min(6, level + depths.indexOf(h.depth ?? 1));
  };
}

/**
 * Text an author wrote in Markdown (programme content, assignment instructions), rendered:
 * paragraphs, emphasis, lists, headings, links. Raw HTML is never rendered (react-markdown
 * shows it as text), links go only to web and mail addresses and open in a new tab without
 * handing the page to the site, and images are shown as links (the page loads nothing from
 * elsewhere). Headings start at `headingLevel`: the level just below the heading of the
 * section the text sits in.
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
  const remarkPlugins = useMemo(() => [headingsFrom(headingLevel)], [headingLevel]);
  const components = useMemo<Components>(
    () => ({
      a: ({ href, children }) => {
        if (!href) return <>{children}</>;
        if (href.toLowerCase().startsWith('mailto:')) return <a href={href}>{children}</a>;
        return (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {children}
            <span className="visually-hidden"> {newTab}</span>
          </a>
        );
      },
      img: ({ src, alt }) => {
        const url = typeof src === 'string' ? src : '';
        if (!url) return <>{alt}</>;
        return (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {alt || url}
            <span className="visually-hidden"> {newTab}</span>
          </a>
        );
      },
    }),
    [newTab],
  );
  return (
    <div className={`markdown ${className ?? ''}`} lang={lang}>
      <ReactMarkdown remarkPlugins={remarkPlugins} components={components} urlTransform={safeUrl}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
