import { Fragment, type Key, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** A column header: its text, or the text with options (`hidden`: read out but not shown, e.g. "Actions"). */
export type Column = string | { header: ReactNode; hidden?: boolean; className?: string };

/** What names the table for assistive technology: a caption (hidden unless `visible`), or an aria-label. */
export type TableName = { caption: ReactNode; visible?: boolean } | { label: string };

/** A pager under the table: where the page sits ("21–40 of 73 · page 2 of 4") and the two moves. */
export interface Pager {
  /** names the navigation landmark, e.g. "Pages of the queue" */
  label: string;
  summary: ReactNode;
  onPrevious?: () => void;
  onNext?: () => void;
}

interface DataTableProps<T> {
  name: TableName;
  columns: Column[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  /** one `<tr>`, its first cell usually a `<th scope="row">` */
  renderRow: (row: T, index: number) => ReactNode;
  /** shown instead of the table when there are no rows; without it an empty table is shown */
  empty?: ReactNode;
  /** classes besides `table`, e.g. `table-compact` */
  className?: string;
  /** the scrolling wrapper that lets a table reach the card's edges: `flush` inside a fieldset, `false` for none */
  wrap?: boolean | 'flush';
  pager?: Pager;
}

/**
 * A table of records: a name (caption or aria-label), column headers with `scope="col"`, one row
 * per record, an empty state instead of an empty table, and optionally a pager below it. Its
 * styles are in styles/tables.css, part of the base stylesheet (see styles/index.css).
 */
export function DataTable<T>({ name, columns, rows, rowKey, renderRow, empty, className, wrap = true, pager }: DataTableProps<T>) {
  const intl = useIntl();
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const table = (
    <table className={className ? `table ${className}` : 'table'} aria-label={'label' in name ? name.label : undefined}>
      {'caption' in name && <caption className={name.visible ? undefined : 'visually-hidden'}>{name.caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => {
            const col = typeof c === 'string' ? { header: c } : c;
            return (
              <th key={i} scope="col" className={col.className}>
                {col.hidden ? <span className="visually-hidden">{col.header}</span> : col.header}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <Fragment key={rowKey(row, i)}>{renderRow(row, i)}</Fragment>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {wrap ? (
        // the wrapper scrolls sideways on a phone: focusable, so a keyboard can scroll it too
        <div
          className={wrap === 'flush' ? 'table-wrap table-wrap-flush' : 'table-wrap'}
          tabIndex={0}
          role="region"
          aria-label={regionLabel(name, intl.formatMessage({ id: 'ui.dataTable.table', defaultMessage: 'Table' }))}
        >
          {table}
        </div>
      ) : (
        table
      )}
      {pager && <TablePager pager={pager} />}
    </>
  );
}

/** The pager a DataTable shows below itself, for a table of its own making (e.g. the gradebook's grid). */
export function TablePager({ pager }: { pager: Pager }) {
  return (
    <nav className="pager" aria-label={pager.label}>
      <p className="muted">{pager.summary}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" disabled={!pager.onPrevious} onClick={pager.onPrevious}>
          <FormattedMessage id="ui.dataTable.previousPage" defaultMessage="Previous page" />
        </button>
        <button type="button" className="button button-secondary button-small" disabled={!pager.onNext} onClick={pager.onNext}>
          <FormattedMessage id="ui.dataTable.nextPage" defaultMessage="Next page" />
        </button>
      </div>
    </nav>
  );
}

function regionLabel(name: TableName, fallback: string): string {
  if ('label' in name) return name.label;
  return typeof name.caption === 'string' ? name.caption : fallback;
}
