import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '../lib/useDocumentTitle';

let firstPage = true;

/**
 * The page's title. After a client-side navigation focus moves to it, so keyboard and screen
 * reader users start at the top of the new page rather than wherever the old one left them.
 */
export function PageHeader({
  title,
  eyebrow,
  children,
  actions,
}: {
  title: string;
  eyebrow?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, [title]);
  return (
    <div className="page-header">
      <div>
        {eyebrow && <p className="eyebrow">{eyebrow}</p>}
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {children && <div className="page-lead">{children}</div>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
