import { useCallback, useEffect, useRef, useState } from 'react';
import { CredentialDocument, RecordCredentialEventDocument, type CredentialQuery } from '../../../gql/graphql';
import { graphqlRequest } from '../../../lib/graphqlRequest';

/*
 * The public credential page opens without the Apollo client (anyone with a link, on any phone,
 * should not download it): its two operations go through lib/graphqlRequest.
 */

/** The public facts of one credential; always read fresh, since it may have been revoked since. */
export function usePublicCredential(id: string) {
  const [state, setState] = useState<{ id: string; data?: CredentialQuery; error?: unknown; loading: boolean }>({ id, loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ id, data: s.id === id ? s.data : undefined, loading: true }));
    graphqlRequest(CredentialDocument, { id }).then(
      (data) => live && setState({ id, data, loading: false }),
      (error: unknown) => live && setState({ id, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.id === id ? state : { id, loading: true };
  return { data: current.data, error: current.error, loading: current.loading, refetch };
}

/**
 * Reports to the API that the public page was viewed (once per credential and page load; the
 * API counts a visitor once a day, never who) and returns the reporter of LinkedIn clicks. A
 * failed report is of no concern to the visitor, so it is dropped silently.
 */
export function useCredentialEvents(credentialId: string, reportView: boolean) {
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!reportView || reported.current === credentialId) return;
    reported.current = credentialId;
    graphqlRequest(RecordCredentialEventDocument, { id: credentialId, event: 'VIEW' }).catch(() => undefined);
  }, [credentialId, reportView]);
  return useCallback(() => {
    graphqlRequest(RecordCredentialEventDocument, { id: credentialId, event: 'LINKEDIN' }).catch(() => undefined);
  }, [credentialId]);
}
