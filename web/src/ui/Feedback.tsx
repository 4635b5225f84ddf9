import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { common } from '../i18n/common';
import { errorMessage } from '../lib/errors';

/** A polite, visible "loading" line; screen readers hear it once. */
export function Loading({ label }: { label?: string }) {
  const intl = useIntl();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? intl.formatMessage(common.loading)}
    </p>
  );
}

/** The API's message for a failed request, with a way to try again. */
export function ErrorNotice({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      {title && <p className="notice-title">{title}</p>}
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary button-small" onClick={onRetry}>
          <FormattedMessage {...common.retry} />
        </button>
      )}
    </div>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children && <div className="empty-text">{children}</div>}
      {action}
    </div>
  );
}
