import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { TablePager } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useListPager, type ListPages } from '../../../ui/useListPages';

/**
 * A coach's sessions read a page at a time (useListPages; its pager is useListPager's): loading, what failed with a retry,
 * an empty state when there are none at all, else what comes first, the list (its top takes focus on a page move)
 * and its pager.
 */
export function PagedSessions({
  query: { loading, data, error, refetch, total },
  pages,
  size,
  shown,
  lockPagerWhileLoading = false,
  labels,
  emptyText,
  before,
  children,
}: {
  /** the page's query: a page is being read, one has come, what failed, how many there are in all */
  query: { loading: boolean; data?: unknown; error?: unknown; refetch: () => unknown; total: number };
  pages: ListPages<HTMLUListElement>;
  /** sessions a page, and how many this one shows */
  size: number;
  shown: number;
  /** while a page loads, neither move: the pager would count from the page still shown */
  lockPagerWhileLoading?: boolean;
  labels: { pager: string; loading: string; loadFailed: string; emptyTitle: string; list: string };
  emptyText: ReactNode;
  before?: ReactNode;
  children: ReactNode;
}) {
  const intl = useIntl();
  const loaded = !!data;
  const pager = useListPager(intl, pages, { label: labels.pager, size, total, shown, loaded });
  if (loading && !loaded) return <Loading label={labels.loading} />;
  if (error && !loaded) return <ErrorNotice error={error} title={labels.loadFailed} onRetry={() => void refetch()} />;
  if (total === 0) return <EmptyState title={labels.emptyTitle}>{emptyText}</EmptyState>;
  return (
    <>
      {before}
      <ul ref={pages.listRef} className="booking-list" tabIndex={-1} aria-busy={loading} aria-label={labels.list}>
        {children}
      </ul>
      {pager && <TablePager pager={lockPagerWhileLoading && loading ? { ...pager, onPrevious: undefined, onNext: undefined } : pager} />}
    </>
  );
}
