import { useIntl } from 'react-intl';
import { PasswordCard } from '../modules/account/components/PasswordCard';
import { NotificationsCard } from '../modules/account/components/NotificationsCard';
import { ProfileCard } from '../modules/account/components/ProfileCard';
import { SessionsCard } from '../modules/account/components/SessionsCard';
import { PageHeader } from '../ui/PageHeader';

/** The person's own account, whatever their role: profile, zone, language, password, sessions, emails. */
export function AccountPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.account.title', defaultMessage: 'Your account' })}
        eyebrow={intl.formatMessage({ id: 'pages.account.eyebrow', defaultMessage: 'Account' })}
      />
      <div className="account-grid">
        <div className="stack page-stack">
          <ProfileCard />
          <NotificationsCard />
        </div>
        <div className="stack page-stack">
          <PasswordCard />
          <SessionsCard />
        </div>
      </div>
    </>
  );
}
