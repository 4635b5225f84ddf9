import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** The list with its rows i and i + by swapped. */
export function swapRows<T>(rows: readonly T[], i: number, by: -1 | 1): T[] {
  const next = [...rows];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}

/**
 * After row `i` of `count` moved by `by` (ids from `idOfRow`, as given to RowMoves): focus stays on
 * the same button of the moved row, or goes to its other one at the list's end, where the first
 * is off (focus would otherwise be lost on a disabled button).
 */
export function focusAfterMove(idOfRow: (index: number) => string, i: number, by: -1 | 1, count: number): void {
  const j = i + by;
  const edge = (by < 0 && j === 0) || (by > 0 && j === count - 1);
  const button = edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
  setTimeout(() => document.getElementById(`${idOfRow(j)}-${button}`)?.focus());
}

/**
 * An editor row's "Move up" and "Move down" buttons (ids `${id}-up` and `${id}-down`, for focus after a move),
 * off at the list's ends.
 */
export function RowMoves({
  id,
  index,
  count,
  onMove,
  name,
}: {
  id: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  /** the row's name, which screen readers hear after "Move up" */
  name: ReactNode;
}) {
  return (
    <>
      <button
        id={`${id}-up`}
        type="button"
        className="button button-secondary button-small"
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <FormattedMessage id="programme.rowMoves.up" defaultMessage="Move up<hidden> {name}</hidden>" values={{ name, hidden }} />
      </button>
      <button
        id={`${id}-down`}
        type="button"
        className="button button-secondary button-small"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <FormattedMessage id="programme.rowMoves.down" defaultMessage="Move down<hidden> {name}</hidden>" values={{ name, hidden }} />
      </button>
    </>
  );
}
