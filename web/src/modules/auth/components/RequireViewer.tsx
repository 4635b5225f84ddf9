import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MeDocument } from '../../../gql/graphql';
import { errorCode } from '../../../lib/errors';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { ViewerContext } from '../hooks/useViewer';

/** Everything under it is for logged-in people; others go to the login page and come back after. */
export function RequireViewer() {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });

  if (loading && !data) {
    return (
      <div className="centered-page">
        <Loading label="Opening Beacon…" />
      </div>
    );
  }
  if (error && errorCode(error) === 'UNAUTHENTICATED') {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (error || !data) {
    return (
      <div className="centered-page">
        <ErrorNotice title="Beacon could not load your account" error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return (
    <ViewerContext value={data.me}>
      <Outlet />
    </ViewerContext>
  );
}
