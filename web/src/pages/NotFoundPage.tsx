import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../lib/router';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader title={intl.formatMessage({ id: 'pages.notFound.title', defaultMessage: 'Page not found' })} />
      <p>
        <FormattedMessage
          id="pages.notFound.text"
          defaultMessage="There is nothing at this address. <link>Go to your home</link>."
          values={{ link: (chunks) => <Link to="/">{chunks}</Link> }}
        />
      </p>
    </>
  );
}
