import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatDate } from '../../../lib/time';
import { useTimeZone } from '../../auth/hooks/useViewer';
import type { CredentialFacts } from './useCredentials';
import { dataIntegrityProof, verifyCredential, type DataIntegrityProofInfo, type Verification } from './verifyCredential';

export type VerificationState = { status: 'checking' } | { status: 'done'; result: Verification } | { status: 'error'; message: string };

/** Verifies the credential in the browser when the page opens, and again on request. */
export function useVerification(view: CredentialFacts | undefined) {
  const timeZone = useTimeZone();
  const intl = useIntl();
  const [state, setState] = useState<VerificationState>({ status: 'checking' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!view) return;
    let current = true;
    setState({ status: 'checking' });
    verifyCredential(view, intl, (iso) => formatDate(iso, timeZone))
      .then((result) => current && setState({ status: 'done', result }))
      .catch(
        (e: unknown) =>
          current &&
          setState({
            status: 'error',
            message:
              e instanceof Error
                ? e.message
                : intl.formatMessage({ id: 'credential.verify.failed', defaultMessage: 'The credential could not be checked.' }),
          }),
      );
    return () => {
      current = false;
    };
  }, [view, timeZone, intl, round]);

  const again = useCallback(() => setRound((r) => r + 1), []);
  return { state, again };
}

/** The Data Integrity proof of the credential's JSON-LD form, looked up beside the verification: undefined while looking. */
export function useDataIntegrityProof(jsonUrl: string): DataIntegrityProofInfo | null | undefined {
  const [proof, setProof] = useState<DataIntegrityProofInfo | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setProof(undefined);
    void dataIntegrityProof(jsonUrl).then((p) => current && setProof(p));
    return () => {
      current = false;
    };
  }, [jsonUrl]);
  return proof;
}
