import { FormattedMessage, useIntl } from 'react-intl';
import { useParams, useSearchParams } from '../lib/router';
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
import { SPACE } from '../lib/jsx';

/** One programme: its draft week by week, what stops it being published, and the editor. */
export function AdminProgrammePage() {
  const intl = useIntl();
  const { programmeId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const [saved, setSaved] = useState(false);
  const { data, loading, error, refetch } = useProgramme(programmeId);
  const breadcrumb = (current: string) => (
    <Breadcrumb
      trail={[
        { to: '/admin', label: intl.formatMessage({ id: 'pages.adminProgramme.partners', defaultMessage: 'Partners' }) },
        { to: '/admin/programmes', label: intl.formatMessage({ id: 'pages.adminProgramme.programmes', defaultMessage: 'Programmes' }) },
      ]}
      current={current}
    />
  );

  const eyebrow = intl.formatMessage({ id: 'pages.adminProgramme.eyebrow', defaultMessage: 'Admin · programme' });
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'pages.adminProgramme.loading', defaultMessage: 'Loading programme…' })} />;
  if (error || !data) {
    const missing = errorCode(error) === 'NOT_FOUND';
    const programmeWord = intl.formatMessage({ id: 'pages.adminProgramme.programme', defaultMessage: 'Programme' });
    return (
      <>
        {breadcrumb(programmeWord)}
        <PageHeader
          title={
            missing ? intl.formatMessage({ id: 'pages.adminProgramme.notFound', defaultMessage: 'Programme not found' }) : programmeWord
          }
          eyebrow={eyebrow}
        />
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
        title={
          editing
            ? intl.formatMessage({ id: 'pages.adminProgramme.editTitle', defaultMessage: 'Edit {code} draft' }, { code: p.code })
            : intl.formatMessage({ id: 'pages.adminProgramme.title', defaultMessage: '{code} — {title}' }, { code: p.code, title: p.title })
        }
        eyebrow={eyebrow}
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
              <FormattedMessage id="pages.adminProgramme.editDraft" defaultMessage="Edit draft" />
            </button>
          )
        }
      >
        <p>
          {p.latestVersion ? (
            <FormattedMessage
              id="pages.adminProgramme.published"
              defaultMessage="Version {version} published {date}."
              values={{ version: p.latestVersion.version, date: <DateTime value={p.latestVersion.publishedAt} dateOnly /> }}
            />
          ) : (
            <FormattedMessage id="pages.adminProgramme.notPublished" defaultMessage="Not published yet." />
          )}
          {SPACE}
          {p.hasUnpublishedChanges ? (
            <FormattedMessage
              id="pages.adminProgramme.hasChanges"
              defaultMessage="This page shows the draft, which has changes not yet published."
            />
          ) : (
            <FormattedMessage id="pages.adminProgramme.noChanges" defaultMessage="The draft is what is published." />
          )}
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
          {saved && (
            <SuccessNotice>
              <FormattedMessage id="pages.adminProgramme.saved" defaultMessage="The draft was saved." />
            </SuccessNotice>
          )}
          <Card
            title={intl.formatMessage({ id: 'pages.adminProgramme.publishing', defaultMessage: 'Publishing' })}
            description={intl.formatMessage({
              id: 'pages.adminProgramme.publishingDescription',
              defaultMessage: 'Publishing makes the draft the next version: new cohorts follow it, existing cohorts keep theirs.',
            })}
          >
            <PublishPanel programme={p} />
          </Card>
          <ProgrammeView programme={p} />
        </div>
      )}
    </>
  );
}
