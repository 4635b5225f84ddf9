import { useEffect, useRef, useState, type RefObject } from 'react';
import type { IntlShape } from 'react-intl';
import type { Pager } from './DataTable';
import { offsetPager } from './offsetPager';

/** Which page of a list read a page at a time (page 0 first), and its top, which a move focuses. */
export interface ListPages<E extends HTMLElement> {
  page: number;
  setPage: (page: number) => void;
  listRef: RefObject<E | null>;
}

/** The page state of a list read from the API a page at a time; its pager comes from useListPager. */
export function useListPages<E extends HTMLElement = HTMLUListElement>(): ListPages<E> {
  const [page, setPage] = useState(0);
  const listRef = useRef<E>(null);
  return { page, setPage, listRef };
}

/**
 * The pager of such a list (offsetPager): a move shows the other page and puts focus on the
 * list's top, not on the pager at its bottom; a list that got shorter meanwhile (a session
 * cancelled elsewhere) and left the page past its end goes back to the first page.
 */
export function useListPager<E extends HTMLElement>(
  intl: Pick<IntlShape, 'formatMessage'>,
  { page, setPage, listRef }: ListPages<E>,
  { label, size, total, shown, loaded }: { label: string; size: number; total: number; shown: number; loaded: boolean },
): Pager | undefined {
  useEffect(() => {
    if (loaded && shown === 0 && page > 0) setPage(0);
  }, [loaded, shown, page, setPage]);
  return offsetPager(intl, {
    label,
    page,
    size,
    total,
    shown,
    setPage: (next) => {
      setPage(next);
      listRef.current?.focus();
    },
  });
}
