import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { loadMarkdownParser, Markdown } from './Markdown';

// a file of its own: marked is not loaded in it until this test loads it
const page = (text: string) =>
  renderToStaticMarkup(
    <IntlProvider locale="en" defaultLocale="en" messages={{}}>
      <Markdown text={text} headingLevel={4} />
    </IntlProvider>,
  );

describe('Markdown before marked has loaded', () => {
  it('shows plain paragraphs and headings formatted at once, other text as typed in paragraphs and marked busy until marked has loaded', async () => {
    expect(page('## Plain\n\nText')).toBe('<div class="markdown "><h4>Plain</h4>\n<p>Text</p></div>');
    expect(page('Read **carefully**\n\n- one')).toBe('<div class="markdown " aria-busy="true"><p>Read **carefully**</p><p>- one</p></div>');
    await loadMarkdownParser();
    expect(page('Read **carefully**')).toBe('<div class="markdown "><p>Read <strong>carefully</strong></p></div>');
  });
});
