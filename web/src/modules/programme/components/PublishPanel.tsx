import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProgrammeDetailFieldsFragment } from '../../../gql/graphql';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { usePublishProgramme } from '../hooks/useProgrammes';

/** The problems the API reported with a refused publish (extensions.problems), if it listed them. */
function refusedProblems(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const problems = error.errors[0]?.extensions?.problems;
  return Array.isArray(problems) ? problems.map(String) : [];
}

/** Why the draft cannot be published yet, and the button that publishes it as the next version. */
export function PublishPanel({ programme: p }: { programme: ProgrammeDetailFieldsFragment }) {
  const intl = useIntl();
  const [publish, { loading }] = usePublishProgramme();
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<number | null>(null);
  const next = (p.latestVersion?.version ?? 0) + 1;
  const problems = refusedProblems(error);
  return (
    <div className="stack">
      {p.draftProblems.length > 0 && (
        <div className="notice notice-warning" role="region" aria-label={intl.formatMessage({ id: 'programme.publish.problemsLabel', defaultMessage: 'Draft problems' })}>
          <p className="notice-title">
            <FormattedMessage id="programme.publish.cannotPublish" defaultMessage="The draft cannot be published yet" />
          </p>
          <ul className="problem-list">
            {p.draftProblems.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
      {error != null && (
        <div>
          <ErrorNotice error={error} title={intl.formatMessage({ id: 'programme.publish.failed', defaultMessage: 'The programme was not published' })} />
          {problems.length > 0 && (
            <ul className="problem-list">
              {problems.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {published && (
        <SuccessNotice>
          <FormattedMessage
            id="programme.publish.published"
            defaultMessage="Version {version} is published. New cohorts will follow it; running cohorts keep theirs."
            values={{ version: published }}
          />
        </SuccessNotice>
      )}
      <div className="publish-row">
        <button
          type="button"
          className="button button-primary"
          disabled={loading || (!p.hasUnpublishedChanges && !!p.latestVersion)}
          onClick={async () => {
            setError(null);
            setPublished(null);
            try {
              const { data } = await publish({ variables: { id: p.id } });
              if (data) setPublished(data.publishProgramme.version);
            } catch (e) {
              setError(e);
            }
          }}
        >
          {loading
            ? intl.formatMessage({ id: 'programme.publish.publishing', defaultMessage: 'Publishing…' })
            : intl.formatMessage({ id: 'programme.publish.publish', defaultMessage: 'Publish version {version}' }, { version: next })}
        </button>
        <span className="field-hint">
          {p.hasUnpublishedChanges ? (
            p.latestVersion ? (
              <FormattedMessage id="programme.publish.differs" defaultMessage="The draft differs from version {version}." values={{ version: p.latestVersion.version }} />
            ) : (
              <FormattedMessage id="programme.publish.nothingPublished" defaultMessage="Nothing is published yet." />
            )
          ) : (
            <FormattedMessage id="programme.publish.same" defaultMessage="The draft is the same as version {version}: nothing new to publish." values={{ version: p.latestVersion?.version }} />
          )}
        </span>
      </div>
    </div>
  );
}
