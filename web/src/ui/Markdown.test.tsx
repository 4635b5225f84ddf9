import { beforeAll, describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { loadMarkdownParser, Markdown, plainContent, plainTokens } from './Markdown';
import { lexMarkdown, markdownContent, safeUrl } from './markdownTokens';

const render = (text: string, headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 4) =>
  renderToStaticMarkup(
    <IntlProvider locale="en" defaultLocale="en" messages={{}}>
      <Markdown text={text} headingLevel={headingLevel} />
    </IntlProvider>,
  );

// the renders below are synchronous: marked is loaded first, as the page loads it for such text
beforeAll(() => loadMarkdownParser());

describe('Markdown written by programme authors, as learners and coaches read it', () => {
  it('renders headings, lists, emphasis and paragraphs', () => {
    const html = render('# Week 3\n\nRead **carefully**:\n\n- one\n- two\n\n1. first\n2. second');
    expect(html).toContain('<h4>Week 3</h4>');
    expect(html).toContain('<strong>carefully</strong>');
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>first</li>\n<li>second</li>\n</ol>');
  });

  it('makes the author’s highest heading the level it is given, the others following without gaps, never below h6', () => {
    expect(render('## Only a second-level heading', 4)).toContain('<h4>Only a second-level heading</h4>');
    const html = render('# A\n\n## B\n\n###### F', 3);
    expect(html).toContain('<h3>A</h3>');
    expect(html).toContain('<h4>B</h4>');
    expect(html).toContain('<h5>F</h5>');
    expect(html).not.toMatch(/<h[126][ >]/);
    expect(render('# A\n\n## B\n\n### C', 5)).toMatch(/<h5>A<\/h5>[\s\S]*<h6>B<\/h6>[\s\S]*<h6>C<\/h6>/);
  });

  it('never renders a script or any raw HTML as HTML: it is shown as text', () => {
    const html = render(
      'Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<a href="https://evil.example">click</a> <b>bold</b>\n\n<iframe src="https://evil.example"></iframe>',
    );
    // every tag in the output is one Markdown made: no script, image, frame, bold tag, handler or link from the HTML
    expect(html).not.toMatch(/<(script|img|iframe|b)[\s>]|<[^>]*\sonerror=|<a /i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('does not make javascript:, data: or vbscript: links active, whatever their case or spacing', () => {
    const html = render(
      '[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](data:text/html;base64,PHNjcmlwdD4=) [four](vbscript:msgbox) [five]( javascript:alert(5)) ![pic](javascript:alert(6)) <javascript:alert(7)>',
    );
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(html).not.toMatch(/(href|src)="[^"]*(javascript|vbscript|data):/i);
    expect(html).not.toContain('<a>');
    for (const word of ['one', 'two', 'three', 'four', 'five']) expect(html).toContain(word);
  });

  it('opens web links in a new tab without giving the page to the site, and says so to screen readers', () => {
    const html = render('See [the guide](https://example.org/guide) or [write](mailto:team@example.org).');
    expect(html).toContain(
      '<a href="https://example.org/guide" target="_blank" rel="noopener noreferrer">the guide<span class="visually-hidden"> (opens in a new tab)</span></a>',
    );
    expect(html).toContain('<a href="mailto:team@example.org">write</a>');
  });

  it('keeps raw HTML as text wherever it stands: at the start of a block, inline, in a link, in code', () => {
    const html = render(
      '<script>alert(1)</script>\n\nA picture: <img src=x onerror=alert(2)> and <a href="javascript:alert(3)">x</a>\n\n' +
        '[<img src=x onerror=alert(4)>](https://example.org)\n\n`<b>code</b>`\n\n```html\n<script>alert(5)</script>\n```',
    );
    expect(html).not.toMatch(/<(script|img|iframe|b)[\s>]|<[^>]*\sonerror=/i);
    expect(html).not.toMatch(/href="(?!https:\/\/example\.org")/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A picture: &lt;img src=x onerror=alert(2)&gt; and &lt;a href=&quot;javascript:alert(3)&quot;&gt;x&lt;/a&gt;');
    expect(html).toContain('<code>&lt;b&gt;code&lt;/b&gt;</code>');
    expect(html).toContain('<pre><code class="language-html">&lt;script&gt;alert(5)&lt;/script&gt;\n</code></pre>');
  });

  it('nests lists inside lists, and keeps an ordered list’s first number', () => {
    const html = render('- a\n  - b\n    1. c\n    2. d\n- e\n\n3. three\n4. four');
    expect(html).toMatch(
      /<ul>\s*<li>a\s*<ul>\s*<li>b\s*<ol>\s*<li>c<\/li>\s*<li>d<\/li>\s*<\/ol>\s*<\/li>\s*<\/ul>\s*<\/li>\s*<li>e<\/li>\s*<\/ul>/,
    );
    expect(html).toMatch(/<ol start="3">\s*<li>three<\/li>\s*<li>four<\/li>\s*<\/ol>/);
  });

  it('shifts # then ### to the given level and the next, counting headings in lists and quotes', () => {
    const html = render('# Title\n\n### Part\n\nText\n\n> ##### Aside\n\n- #### In a list', 3);
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<h4>Part</h4>');
    expect(html).toMatch(/<blockquote>\s*<h6>Aside<\/h6>\s*<\/blockquote>/);
    expect(html).toContain('<h5>In a list</h5>');
    const setext = render('Top\n===\n\n### Low', 2);
    expect(setext).toContain('<h2>Top</h2>');
    expect(setext).toContain('<h3>Low</h3>');
  });

  it('shows images as links to them, loading nothing, and an unsafe image as its description only', () => {
    const html = render('![a map](https://example.org/map.png) ![](https://example.org/b.png) ![bad](data:image/png;base64,AAAA)');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a href="https://example.org/map.png" target="_blank" rel="noopener noreferrer">a map<span class="visually-hidden"> (opens in a new tab)</span></a>',
    );
    expect(html).toContain('>https://example.org/b.png<span');
    expect(html).toContain(' bad</p>');
    expect(html).not.toContain('data:');
  });

  it('reads character references and escapes as the characters they stand for, once', () => {
    const html = render('Tom &amp; Jerry &copy; &#35;1 \\*not emphasis\\* [q](https://example.org/?a=1&amp;b=2)');
    expect(html).toContain('Tom &amp; Jerry © #1 *not emphasis* ');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(html).not.toContain('&amp;amp;');
  });

  it('reads a link target’s character references before judging it, and encodes what a URL cannot hold', () => {
    const html = render(
      '[one](&#106;avascript:alert(1)) [two](java&#115;cript:alert(2)) [three](<https://example.org/a b>) ![a *big* map](https://example.org/m.png)',
    );
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html).toContain('one two <a href="https://example.org/a%20b"');
    expect(html).toContain('>a big map<span');
  });

  it('keeps only web and mail addresses as link targets', () => {
    expect(safeUrl('https://example.org')).toBe('https://example.org');
    expect(safeUrl('HTTP://example.org')).toBe('HTTP://example.org');
    expect(safeUrl('mailto:a@example.org')).toBe('mailto:a@example.org');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '/admin',
      '//evil.example',
      'java\tscript:alert(1)',
    ])
      expect(safeUrl(bad)).toBe('');
  });
});

describe('plain paragraphs and headings, read without marked', () => {
  const html = (blocks: Parameters<typeof plainContent>[0], level: 1 | 2 | 3 | 4 | 5 | 6 = 4) =>
    renderToStaticMarkup(<>{plainContent(blocks, level)}</>);
  const byMarked = (text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 4) =>
    renderToStaticMarkup(<>{markdownContent(lexMarkdown(text), level, '(opens in a new tab)')}</>);

  it('renders exactly as marked does: the demo programme’s texts, lines, headings next to paragraphs, numbers and punctuation', () => {
    const texts = [
      '## Focus on the Causes of Work\n\nFailure demand, its causes and how to remove them at the root.\n\nWork through the ideas of this week, then try them on a process you know.',
      'Read the chapter for week 3 and note three ideas you could apply.',
      'Apply the ideas of week 3 to your own organisation. Describe the customer outcome, what you found, and what you will change (600–900 words, or a link to your work).',
      'One line\nand the next, in one paragraph\n\n\n\nafter three blank lines',
      '# A\n## B directly under it\ntext right after a heading\n### C after text',
      'Week 3: 45 min; “quotes”, ‘single’, l’été, 50% off — costs $10 (or €9)? Yes! https://example.org/page?x=1#top stays text.',
      '\n\nLeading and trailing blank lines\n\n',
      '###### Six\n\n# One',
      'Versión en español: ¿por qué? Ça va. 日本語のテキスト。 نص عربي',
    ];
    for (const text of texts) {
      const tokens = plainTokens(text);
      expect(tokens).not.toBeNull();
      expect(html(tokens!)).toBe(byMarked(text));
      expect(html(tokens!, 2)).toBe(byMarked(text, 2));
    }
  });

  it('leaves to marked any text with more than that', () => {
    const texts = [
      'Read **carefully**',
      'a *b* c',
      'snake_case',
      '- a list',
      '* a list',
      '+ a list',
      '1. first',
      '2) second',
      '> a quote',
      '    indented code',
      ' one space in',
      'trailing spaces make a break  \nhere',
      'a `code` span',
      '```\nfenced\n```',
      '~~~\nfenced\n~~~',
      '[a link](https://example.org)',
      '<https://example.org>',
      'Fish &amp; chips',
      'an escape \\* here',
      'Title\n=====',
      'Title\n-----',
      '---',
      '___',
      '## Closing hashes ##',
      '##No space',
      '#',
      '| a | table |',
      'tab\tinside',
      'windows\r\nline ends',
    ];
    for (const text of texts) expect([text, plainTokens(text)]).toEqual([text, null]);
  });
});
