/**
 * Text written in Markdown, shown as plain paragraphs: blank lines separate paragraphs and
 * heading or emphasis marks are dropped, so nothing from the text is ever treated as HTML.
 */
export function PlainText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) =>
          line
            .replace(/^\s{0,3}#{1,6}\s+/, '')
            .replace(/^\s*[-*+]\s+/, '• ')
            .replace(/(\*\*|__)(.+?)\1/g, '$2'),
        )
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
  return (
    <div className={`plain-text ${className ?? ''}`}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
