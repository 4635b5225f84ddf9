import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from '../lib/router';

/** A step back up the trail; `false`, `null` or `undefined` leave a step out (e.g. one not known yet). */
export type Crumb = { to: string; label: ReactNode } | false | null | undefined;

/** Where the page sits: links to the pages above it, then the page itself (`aria-current`). */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: ReactNode }) {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'ui.breadcrumb.label', defaultMessage: 'Breadcrumb' })} className="breadcrumb">
      <ol>
        {trail.map(
          (c) =>
            c && (
              <li key={c.to}>
                <Link to={c.to}>{c.label}</Link>
              </li>
            ),
        )}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
