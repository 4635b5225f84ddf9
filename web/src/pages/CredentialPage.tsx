import { useParams } from 'react-router';
import { errorCode } from '../lib/errors';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { PublicCredential, PublicCredentialFrame } from '../modules/credential/components/PublicCredential';
import { useCredential } from '../modules/credential/hooks/useCredentials';
import { ErrorNotice, Loading } from '../ui/Feedback';

/** Public: anyone with the link sees what a credential certifies and checks it in their own browser. */
export function CredentialPage() {
  const { credentialId = '' } = useParams();
  const { data, loading, error, refetch } = useCredential(credentialId);
  const credential = data?.credential;
  const missing = !credential && errorCode(error) === 'NOT_FOUND';
  useDocumentTitle(credential ? `${credential.name} · ${credential.learnerName}` : missing ? 'Credential not found' : 'Credential');

  return (
    <PublicCredentialFrame>
      {credential ? (
        <PublicCredential credential={credential} />
      ) : loading ? (
        <Loading label="Opening the credential…" />
      ) : missing ? (
        <div className="credential-missing">
          <p className="eyebrow">Credential verification</p>
          <h1>Credential not found</h1>
          <p>There is no credential at this address. Check that the link is complete: on a PDF certificate it is printed under the QR code. If it still does not open, ask the person who shared it for a new link.</p>
        </div>
      ) : (
        <div className="credential-missing">
          <h1>Credential</h1>
          <ErrorNotice error={error} title="The credential could not be loaded" onRetry={() => void refetch()} />
        </div>
      )}
    </PublicCredentialFrame>
  );
}
