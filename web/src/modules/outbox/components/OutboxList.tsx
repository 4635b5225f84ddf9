import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { OutboxDocument, OutboxKindsDocument } from '../../../gql/graphql';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';

const PAGE = 50;

const STATUS_LABEL = defineMessages({
  QUEUED: { id: 'outbox.status.queued', defaultMessage: 'Queued' },
  SENT: { id: 'outbox.status.sent', defaultMessage: 'Sent' },
  KEPT: { id: 'outbox.status.kept', defaultMessage: 'Kept here' },
  FAILED: { id: 'outbox.status.failed', defaultMessage: 'Failed' },
});
const isKnownStatus = (status: string): status is keyof typeof STATUS_LABEL => status in STATUS_LABEL;

/** Not a word: what stands between the facts of a message. */
const SEP = ' · ';

/** Outgoing messages, newest first, narrowed by recipient and kind; with no SMTP configured they are kept here to read. */
export function OutboxList() {
  const intl = useIntl();
  const [recipient, setRecipient] = useState('');
  const [kind, setKind] = useState('');
  const kinds = useQuery(OutboxKindsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="stack">
      <div
        className="filter-row"
        role="search"
        aria-label={intl.formatMessage({ id: 'outbox.list.filterLabel', defaultMessage: 'Filter messages' })}
      >
        <TextField
          label={intl.formatMessage({ id: 'outbox.list.recipient', defaultMessage: 'Recipient' })}
          type="search"
          placeholder={intl.formatMessage({ id: 'outbox.list.recipientPlaceholder', defaultMessage: 'Part of an email address' })}
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
        />
        <SelectField
          label={intl.formatMessage({ id: 'outbox.list.kind', defaultMessage: 'Kind' })}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          <option value="">{intl.formatMessage({ id: 'outbox.list.allKinds', defaultMessage: 'All kinds' })}</option>
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
  const intl = useIntl();
  const filtered = Boolean(recipient || kind);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(OutboxDocument, {
    variables: { first: PAGE, offset: 0, recipient: recipient || undefined, kind: kind || undefined },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [hasMore, setHasMore] = useState(true);
  const shown = data ?? previousData;
  const messages = shown?.outbox ?? [];

  if (loading && !shown) return <Loading label={intl.formatMessage({ id: 'outbox.list.loading', defaultMessage: 'Loading messages…' })} />;
  if (error && !shown) {
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'outbox.list.loadFailed', defaultMessage: 'The outbox could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  }
  if (messages.length === 0) {
    return filtered ? (
      <EmptyState title={intl.formatMessage({ id: 'outbox.list.noMatchTitle', defaultMessage: 'No message matches' })}>
        <FormattedMessage id="outbox.list.noMatchText" defaultMessage="Try another recipient or kind." />
      </EmptyState>
    ) : (
      <EmptyState title={intl.formatMessage({ id: 'outbox.list.emptyTitle', defaultMessage: 'No messages yet' })}>
        <FormattedMessage id="outbox.list.emptyText" defaultMessage="Invitations and other emails Beacon sends will be listed here." />
      </EmptyState>
    );
  }

  return (
    <div className="stack">
      <ol className="message-list">
        {messages.map((m) => (
          <li key={m.id} className="message disclosure">
            <details>
              <summary>
                <span className="message-subject">{m.subject}</span>
                <span className="message-meta">
                  <FormattedMessage id="outbox.list.to" defaultMessage="to {recipient}" values={{ recipient: m.to }} />
                  {SEP}
                  <DateTime value={m.createdAt} />
                  {SEP}
                  <span className={`pill pill-${m.status.toLowerCase()}`}>
                    {isKnownStatus(m.status) ? intl.formatMessage(STATUS_LABEL[m.status]) : m.status}
                  </span>
                  <span className="pill pill-quiet">{m.kind}</span>
                </span>
              </summary>
              <pre className="message-body">{linkify(m.body)}</pre>
              {m.deliveredAt && (
                <p className="field-hint">
                  <FormattedMessage
                    id="outbox.list.delivered"
                    defaultMessage="Delivered {date}"
                    values={{ date: <DateTime value={m.deliveredAt} /> }}
                  />
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
          <FormattedMessage id="outbox.list.showOlder" defaultMessage="Show older messages" />
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
