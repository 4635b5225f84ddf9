import { useViewer } from '../modules/auth/hooks/useViewer';
import { zoneLongName } from '../lib/time';
import { Card } from '../ui/Card';
import { PageHeader } from '../ui/PageHeader';

/** The person's own account: who they are and the zone their times are shown in. */
export function AccountPage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader title="Your account" eyebrow="Account" />
      <Card title="Profile">
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{viewer.name}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{viewer.email}</dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>
              {zoneLongName(viewer.timeZone)} ({viewer.timeZone})
            </dd>
          </div>
        </dl>
      </Card>
    </>
  );
}
