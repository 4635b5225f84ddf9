import { useParams, useSearchParams } from 'react-router';
import { errorCode } from '../lib/errors';
import { ProgrammeEditor } from '../modules/programme/components/ProgrammeEditor';
import { ProgrammeView } from '../modules/programme/components/ProgrammeView';
import { PublishPanel } from '../modules/programme/components/PublishPanel';
import { useProgramme } from '../modules/programme/hooks/useProgrammes';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { DateTime } from '../ui/DateTime';
import { ErrorNotice, Loading, SuccessNotice } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { useState } from 'react';

/** One programme: its draft week by week, what stops it being published, and the editor. */
export function AdminProgrammePage() {
  const { programmeId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const [saved, setSaved] = useState(false);
  const { data, loading, error, refetch } = useProgramme(programmeId);
  const breadcrumb = (current: string) => (
    <Breadcrumb
      trail={[
        { to: '/admin', label: 'Partners' },
        { to: '/admin/programmes', label: 'Programmes' },
      ]}
      current={current}
    />
  );

  if (loading && !data) return <Loading label="Loading programme…" />;
  if (error || !data) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb('Programme')}
        <PageHeader title={missing ? 'Programme not found' : 'Programme'} eyebrow="Admin · programme" />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  const p = data.programme;
  const setEditing = (on: boolean) => {
    setParams(on ? { edit: '1' } : {}, { replace: true });
  };
  return (
    <>
      {breadcrumb(p.code)}
      <PageHeader
        title={editing ? `Edit ${p.code} draft` : `${p.code} — ${p.title}`}
        eyebrow="Admin · programme"
        actions={
          !editing && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Edit draft
            </button>
          )
        }
      >
        <p>
          {p.latestVersion ? (
            <>
              Version {p.latestVersion.version} published <DateTime value={p.latestVersion.publishedAt} dateOnly />.{' '}
            </>
          ) : (
            'Not published yet. '
          )}
          {p.hasUnpublishedChanges ? 'This page shows the draft, which has changes not yet published.' : 'The draft is what is published.'}
        </p>
      </PageHeader>
      {editing ? (
        <ProgrammeEditor
          programme={p}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setSaved(true);
            setEditing(false);
          }}
        />
      ) : (
        <div className="stack page-stack">
          {saved && <SuccessNotice>The draft was saved.</SuccessNotice>}
          <Card title="Publishing" description="Publishing makes the draft the next version: new cohorts follow it, existing cohorts keep theirs.">
            <PublishPanel programme={p} />
          </Card>
          <ProgrammeView programme={p} />
        </div>
      )}
    </>
  );
}
