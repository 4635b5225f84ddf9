import { FormattedMessage, useIntl } from 'react-intl';
import { Redirect } from '../lib/router';
import { ROLE_HOME } from '../lib/roles';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { preferredRole } from '../modules/shell/hooks/useActiveRole';
import { PageHeader } from '../ui/PageHeader';

/** "/" is wherever the person works: the role they last used, or their first. */
export function HomeRedirect() {
  const intl = useIntl();
  const viewer = useViewer();
  const role = preferredRole(viewer.roles);
  if (role) return <Redirect to={ROLE_HOME[role]} replace />;
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.homeRedirect.title', defaultMessage: 'Welcome, {name}' }, { name: viewer.name })}
      />
      <div className="notice notice-info">
        <p>
          <FormattedMessage
            id="pages.homeRedirect.noRole"
            defaultMessage="Your account has no role in any partner at the moment. When a partner invites you as a coach or learner, your home appears here."
          />
        </p>
      </div>
    </>
  );
}
