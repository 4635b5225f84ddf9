import type { ReactNode } from 'react';

/** A wide table's own sideways scroll, reachable by keyboard (a focusable, named region), so the page itself never scrolls sideways. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
