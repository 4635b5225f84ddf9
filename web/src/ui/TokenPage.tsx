import type { ReactNode } from 'react';
import { errorCode } from '../lib/errors';
import { Link } from '../lib/router';
import { AuthCard } from './AuthCard';
import { ErrorNotice, Loading } from './Feedback';

/** What a link that cannot be used says: why, what to do, and the way to log in. */
export type LinkEnd = { title: string; text: ReactNode };

/**
 * A page an email's link opens with its token, without logging in: while the token's query runs, a loading
 * line; a link that does not work (or no longer does) ends with what to do and the way to log in; any other
 * failure, the page's title and a retry; else the page's own content.
 */
export function TokenPage({
  className,
  loading,
  opening,
  found,
  error,
  dead,
  title,
  errorTitle,
  onRetry,
  logIn,
  children,
}: {
  className?: string;
  /** the token's query runs and nothing has come yet */
  loading: boolean;
  /** the loading line's label */
  opening: string;
  /** the token's query answered what the page shows */
  found: boolean;
  error: unknown;
  /** what the page says when the query fails with this error code, or nothing for a retry */
  dead: (code: string | undefined) => LinkEnd | undefined;
  title: string;
  errorTitle?: string;
  onRetry: () => void;
  /** the log-in button's label */
  logIn: ReactNode;
  /** the page's content once found (read only then) */
  children: () => ReactNode;
}) {
  let body: ReactNode;
  if (loading) {
    body = <Loading label={opening} />;
  } else if (!found) {
    const end = dead(errorCode(error));
    body = end ? (
      <LinkEnding title={end.title} logIn={logIn}>
        {end.text}
      </LinkEnding>
    ) : (
      <>
        <h1>{title}</h1>
        <ErrorNotice error={error} title={errorTitle} onRetry={onRetry} />
      </>
    );
  } else {
    body = children();
  }
  return <AuthCard className={className}>{body}</AuthCard>;
}

/** A token link's end: a heading, what to do, and the way to log in. */
export function LinkEnding({ title, logIn, children }: { title: string; logIn: ReactNode; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="auth-lead">{children}</p>
      <Link className="button button-primary button-block" to="/login">
        {logIn}
      </Link>
    </>
  );
}
