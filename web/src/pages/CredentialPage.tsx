import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from '../lib/router';
import { errorCode } from '../lib/errors';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { PublicCredential, PublicCredentialFrame } from '../modules/credential/components/PublicCredential';
import { usePublicCredential } from '../modules/credential/hooks/usePublicCredential';
import { ErrorNotice, Loading } from '../ui/Feedback';

/** Public: anyone with the link sees what a credential certifies and checks it in their own browser. */
export function CredentialPage() {
  const intl = useIntl();
  const { credentialId = '' } = useParams();
  const { data, loading, error, refetch } = usePublicCredential(credentialId);
  const credential = data?.credential;
  const missing = !credential && errorCode(error) === 'NOT_FOUND';
  const notFound = intl.formatMessage({ id: 'pages.credential.notFound', defaultMessage: 'Credential not found' });
  const plain = intl.formatMessage({ id: 'pages.credential.title', defaultMessage: 'Credential' });
  useDocumentTitle(
    credential
      ? intl.formatMessage(
          { id: 'pages.credential.documentTitle', defaultMessage: '{name} · {learnerName}' },
          { name: credential.name, learnerName: credential.learnerName },
        )
      : missing
        ? notFound
        : plain,
  );

  return (
    <PublicCredentialFrame>
      {credential ? (
        <PublicCredential credential={credential} />
      ) : loading ? (
        <Loading label={intl.formatMessage({ id: 'pages.credential.opening', defaultMessage: 'Opening the credential…' })} />
      ) : missing ? (
        <div className="credential-missing">
          <p className="eyebrow">
            <FormattedMessage id="pages.credential.eyebrow" defaultMessage="Credential verification" />
          </p>
          <h1>{notFound}</h1>
          <p>
            <FormattedMessage
              id="pages.credential.notFoundText"
              defaultMessage="There is no credential at this address. Check that the link is complete: on a PDF certificate it is printed under the QR code. If it still does not open, ask the person who shared it for a new link."
            />
          </p>
        </div>
      ) : (
        <div className="credential-missing">
          <h1>{plain}</h1>
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'pages.credential.loadFailed', defaultMessage: 'The credential could not be loaded' })}
            onRetry={() => void refetch()}
          />
        </div>
      )}
    </PublicCredentialFrame>
  );
}
