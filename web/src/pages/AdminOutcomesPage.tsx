import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PartnersDocument } from '../gql/graphql';
import { Card } from '../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

/** Outcomes across every partner: certified, on time, goals reached (the network view of the outcome measures). */
export function AdminOutcomesPage() {
  const { data, loading, error, refetch } = useQuery(PartnersDocument, { variables: { first: 100, offset: 0 } });
  const partners = data?.partners ?? [];
  return (
    <>
      <PageHeader title="Network outcomes" eyebrow="Admin · outcomes">
        <p>How learners fare across every partner: who got certified, on time, and reached the goal they set.</p>
      </PageHeader>
      <div className="stack page-stack">
        {/* the network outcome dashboard goes first on this page */}
        <Card title="Outcomes by partner" description="Each partner’s outcomes and cohorts, as its partner admins see them.">
          {loading && !data ? (
            <Loading label="Loading partners…" />
          ) : error && !data ? (
            <ErrorNotice error={error} title="Partners could not be loaded" onRetry={() => void refetch()} />
          ) : partners.length === 0 ? (
            <EmptyState title="No partners yet" />
          ) : (
            <ul className="link-list">
              {partners.map((p) => (
                <li key={p.id}>
                  <Link className="cell-link" to={`/partner?partner=${encodeURIComponent(p.id)}`}>
                    {p.name}
                  </Link>
                  <span className="cell-sub">{p.region}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
