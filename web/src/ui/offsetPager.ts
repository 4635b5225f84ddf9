import { defineMessages, type IntlShape } from 'react-intl';
import type { Pager } from './DataTable';

const messages = defineMessages<{ summary: { first: number; last: number; total: number; page: number; pages: number } }>({
  summary: {
    id: 'ui.pager.summary',
    defaultMessage: '{first, number}–{last, number} of {total, number} · page {page, number} of {pages, number}',
  },
});

/**
 * The pager of a list read a page at a time by offset (page 0 first): where the page sits
 * ("21–40 of 73 · page 2 of 4") and the two moves; undefined while everything fits on one page.
 */
export function offsetPager(
  intl: Pick<IntlShape, 'formatMessage'>,
  {
    label,
    page,
    size,
    total,
    shown,
    setPage,
  }: { label: string; page: number; size: number; total: number; shown: number; setPage: (page: number) => void },
): Pager | undefined {
  if (total <= size && page === 0) return undefined;
  const pages = Math.max(1, Math.ceil(total / size));
  const first = page * size + 1;
  return {
    label,
    summary: intl.formatMessage(messages.summary, { first: Math.min(first, total), last: first + shown - 1, total, page: page + 1, pages }),
    onPrevious: page > 0 ? () => setPage(page - 1) : undefined,
    onNext: page + 1 < pages ? () => setPage(page + 1) : undefined,
  };
}
