import { useEffect, useMemo, useRef, useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProgrammeDetailFieldsFragment } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { programmeDiff } from '../hooks/programmeDiff';
import { usePublishProgramme } from '../hooks/useProgrammes';
import { PublishDiff } from './PublishDiff';

/** The problems the API reported with a refused publish (extensions.problems), if it listed them. */
function refusedProblems(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const problems = error.errors[0]?.extensions?.problems;
  return Array.isArray(problems) ? problems.map(String) : [];
}

/**
 * Why the draft cannot be published yet, and publishing it as the next version in two steps:
 * the first shows what the draft changes in the published version (or what version 1 holds)
 * and asks; the second publishes.
 */
export function PublishPanel({ programme: p }: { programme: ProgrammeDetailFieldsFragment }) {
  const intl = useIntl();
  const [publish, { loading }] = usePublishProgramme();
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const wasReviewing = useRef(false);
  useEffect(() => {
    // the summary is read first; leaving it puts focus on the outcome, or back on the button that opened it
    if (reviewing) reviewHeading.current?.focus();
    else if (wasReviewing.current) (published ? doneRef.current : startButton.current)?.focus();
    wasReviewing.current = reviewing;
  }, [reviewing, published]);
  const next = (p.latestVersion?.version ?? 0) + 1;
  const problems = refusedProblems(error);
  const diff = useMemo(() => (p.latestVersion ? programmeDiff(p.latestVersion.definition, p) : null), [p]);
  const assignments = p.modules.filter((m) => m.assignment).length;

  const confirm = async () => {
    setError(null);
    try {
      const { data } = await publish({ variables: { id: p.id } });
      if (data) setPublished(data.publishProgramme.version);
      setReviewing(false);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stack">
      {p.draftProblems.length > 0 && (
        <div
          className="notice notice-warning"
          role="region"
          aria-label={intl.formatMessage({ id: 'programme.publish.problemsLabel', defaultMessage: 'Draft problems' })}
        >
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
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'programme.publish.failed', defaultMessage: 'The programme was not published' })}
          />
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
        <div ref={doneRef} tabIndex={-1}>
          <SuccessNotice>
            <FormattedMessage
              id="programme.publish.published"
              defaultMessage="Version {version} is published. New cohorts will follow it; running cohorts keep theirs."
              values={{ version: published }}
            />
          </SuccessNotice>
        </div>
      )}
      {reviewing ? (
        <section className="publish-review" aria-labelledby="publish-review-heading">
          <h3 id="publish-review-heading" ref={reviewHeading} tabIndex={-1} className="section-title">
            {p.latestVersion ? (
              <FormattedMessage
                id="programme.publish.reviewTitle"
                defaultMessage="What version {version, number} changes since version {previous, number}"
                values={{ version: next, previous: p.latestVersion.version }}
              />
            ) : (
              <FormattedMessage id="programme.publish.reviewFirstTitle" defaultMessage="What version 1 holds" />
            )}
          </h3>
          {diff && p.latestVersion ? (
            <PublishDiff diff={diff} version={p.latestVersion.version} headingLevel={4} />
          ) : (
            <p>
              <FormattedMessage
                id="programme.publish.firstVersion"
                defaultMessage="{weeks, plural, one {# week} other {# weeks}}, {sessions, plural, one {# live session} other {# live sessions}} and {assignments, plural, one {# assignment} other {# assignments}}. Nothing is published yet."
                values={{ weeks: p.modules.length, sessions: p.sessionPlan.length, assignments }}
              />
            </p>
          )}
          <p className="field-hint">
            <FormattedMessage
              id="programme.publish.confirmHint"
              defaultMessage="New cohorts will follow version {version, number}; cohorts already created keep their version."
              values={{ version: next }}
            />
          </p>
          <div className="publish-row">
            <button type="button" className="button button-primary" disabled={loading} onClick={confirm}>
              {loading
                ? intl.formatMessage({ id: 'programme.publish.publishing', defaultMessage: 'Publishing…' })
                : intl.formatMessage(
                    { id: 'programme.publish.confirm', defaultMessage: 'Confirm and publish version {version, number}' },
                    { version: next },
                  )}
            </button>
            <button type="button" className="button button-secondary" disabled={loading} onClick={() => setReviewing(false)}>
              <FormattedMessage {...common.cancel} />
            </button>
          </div>
        </section>
      ) : (
        <div className="publish-row">
          <button
            ref={startButton}
            type="button"
            className="button button-primary"
            disabled={!p.hasUnpublishedChanges && !!p.latestVersion}
            onClick={() => {
              setError(null);
              setPublished(null);
              setReviewing(true);
            }}
          >
            {intl.formatMessage({ id: 'programme.publish.publish', defaultMessage: 'Publish version {version}' }, { version: next })}
          </button>
          <span className="field-hint">
            {p.hasUnpublishedChanges ? (
              p.latestVersion ? (
                <FormattedMessage
                  id="programme.publish.differs"
                  defaultMessage="The draft differs from version {version}."
                  values={{ version: p.latestVersion.version }}
                />
              ) : (
                <FormattedMessage id="programme.publish.nothingPublished" defaultMessage="Nothing is published yet." />
              )
            ) : (
              <FormattedMessage
                id="programme.publish.same"
                defaultMessage="The draft is the same as version {version}: nothing new to publish."
                values={{ version: p.latestVersion?.version }}
              />
            )}
          </span>
        </div>
      )}
    </div>
  );
}
