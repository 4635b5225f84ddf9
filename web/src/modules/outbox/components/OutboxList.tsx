import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { OutboxDocument, OutboxKindsDocument } from '../../../gql/graphql';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';

const PAGE = 50;

const STATUS_LABEL: Record<string, string> = { QUEUED: 'Queued', SENT: 'Sent', KEPT: 'Kept here', FAILED: 'Failed' };

/** Outgoing messages, newest first, narrowed by recipient and kind; with no SMTP configured they are kept here to read. */
export function OutboxList() {
  const [recipient, setRecipient] = useState('');
  const [kind, setKind] = useState('');
  const kinds = useQuery(OutboxKindsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="stack">
      <div className="filter-row" role="search" aria-label="Filter messages">
        <TextField label="Recipient" type="search" placeholder="Part of an email address" value={recipient} onChange={(e) => setRecipient(e.target.value)} />
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">All kinds</option>
          {(kinds.data?.outboxKinds ?? []).map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </SelectField>
      </div>
      <Messages key={`${recipient.trim()}|${kind}`} recipient={recipient.trim()} kind={kind} />
    </div>
  );
}

function Messages({ recipient, kind }: { recipient: string; kind: string }) {
  const filtered = Boolean(recipient || kind);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(OutboxDocument, {
    variables: { first: PAGE, offset: 0, recipient: recipient || undefined, kind: kind || undefined },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [hasMore, setHasMore] = useState(true);
  const shown = data ?? previousData;
  const messages = shown?.outbox ?? [];

  if (loading && !shown) return <Loading label="Loading messages…" />;
  if (error && !shown) return <ErrorNotice error={error} title="The outbox could not be loaded" onRetry={() => void refetch()} />;
  if (messages.length === 0)
    return filtered ? <EmptyState title="No message matches">Try another recipient or kind.</EmptyState> : <EmptyState title="No messages yet">Invitations and other emails Beacon sends will be listed here.</EmptyState>;

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
