import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
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
  const [publish, { loading }] = usePublishProgramme();
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<number | null>(null);
  const next = (p.latestVersion?.version ?? 0) + 1;
  const problems = refusedProblems(error);
  return (
    <div className="stack">
      {p.draftProblems.length > 0 && (
        <div className="notice notice-warning" role="region" aria-label="Draft problems">
          <p className="notice-title">The draft cannot be published yet</p>
          <ul className="problem-list">
            {p.draftProblems.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
      {error != null && (
        <div>
          <ErrorNotice error={error} title="The programme was not published" />
          {problems.length > 0 && (
            <ul className="problem-list">
              {problems.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {published && <SuccessNotice>Version {published} is published. New cohorts will follow it; running cohorts keep theirs.</SuccessNotice>}
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
          {loading ? 'Publishing…' : `Publish version ${next}`}
        </button>
        <span className="field-hint">
          {p.hasUnpublishedChanges ? (p.latestVersion ? `The draft differs from version ${p.latestVersion.version}.` : 'Nothing is published yet.') : `The draft is the same as version ${p.latestVersion?.version}: nothing new to publish.`}
        </span>
      </div>
    </div>
  );
}
