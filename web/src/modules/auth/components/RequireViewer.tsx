import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Redirect, useLocation } from '../../../lib/router';
import { MeDocument } from '../../../gql/graphql';
import { useAccountLocale } from '../../../i18n/I18nProvider';
import { errorCode } from '../../../lib/errors';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { ViewerContext } from '../hooks/useViewer';

/** Everything under it is for logged-in people; others go to the login page and come back after. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const location = useLocation();
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  // the account's language wins over the device's as soon as the account is known
  useAccountLocale(data?.me.locale);

  if (loading && !data) {
    return (
      <div className="centered-page">
        <Loading label={intl.formatMessage({ id: 'shell.opening', defaultMessage: 'Opening Beacon…' })} />
      </div>
    );
  }
  if (error && errorCode(error) === 'UNAUTHENTICATED') {
    const next = location.pathname + location.search;
    return <Redirect to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (error || !data) {
    return (
      <div className="centered-page">
        <ErrorNotice
          title={intl.formatMessage({ id: 'auth.requireViewer.loadFailed', defaultMessage: 'Beacon could not load your account' })}
          error={error}
          onRetry={() => void refetch()}
        />
      </div>
    );
  }
  return <ViewerContext value={data.me}>{children}</ViewerContext>;
}
