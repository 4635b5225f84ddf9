import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { OutboxDocument } from '../../../gql/graphql';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';

const PAGE = 50;

const STATUS_LABEL: Record<string, string> = { QUEUED: 'Queued', SENT: 'Sent', KEPT: 'Kept here', FAILED: 'Failed' };

/** Outgoing messages, newest first; with no SMTP configured they are kept here to read. */
export function OutboxList() {
  const { data, loading, error, refetch, fetchMore } = useQuery(OutboxDocument, { variables: { first: PAGE, offset: 0 }, notifyOnNetworkStatusChange: true, fetchPolicy: 'cache-and-network' });
  const [hasMore, setHasMore] = useState(true);
  const messages = data?.outbox ?? [];

  if (loading && !data) return <Loading label="Loading messages…" />;
  if (error && !data) return <ErrorNotice error={error} title="The outbox could not be loaded" onRetry={() => void refetch()} />;
  if (messages.length === 0) return <EmptyState title="No messages yet">Invitations and other emails Beacon sends will be listed here.</EmptyState>;

  return (
    <div className="stack">
      <ol className="message-list">
        {messages.map((m) => (
          <li key={m.id} className="message disclosure">
            <details>
              <summary>
                <span className="message-subject">{m.subject}</span>
                <span className="message-meta">
                  to {m.to} · <DateTime value={m.createdAt} /> · <span className={`pill pill-${m.status.toLowerCase()}`}>{STATUS_LABEL[m.status] ?? m.status}</span>
                  <span className="pill pill-quiet">{m.kind}</span>
                </span>
              </summary>
              <pre className="message-body">{linkify(m.body)}</pre>
              {m.deliveredAt && (
                <p className="field-hint">
                  Delivered <DateTime value={m.deliveredAt} />
                </p>
              )}
            </details>
          </li>
        ))}
      </ol>
      {messages.length >= PAGE && hasMore && (
        <button
          type="button"
          className="button button-secondary"
          disabled={loading}
          onClick={async () => {
            const more = await fetchMore({ variables: { offset: messages.length } });
            if ((more.data?.outbox.length ?? 0) < PAGE) setHasMore(false);
          }}
        >
          Show older messages
        </button>
      )}
    </div>
  );
}

/** Links in a message body (an invitation's accept link) become links the admin can follow. */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
