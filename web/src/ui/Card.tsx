import { useId, type ReactNode } from 'react';

/** A titled region of a page; the heading names the region for assistive technology. */
export function Card({
  title,
  description,
  actions,
  children,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={id}>
      <header className="card-header">
        <div>
          <h2 id={id} className="card-title">
            {title}
          </h2>
          {description && <p className="card-description">{description}</p>}
        </div>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
