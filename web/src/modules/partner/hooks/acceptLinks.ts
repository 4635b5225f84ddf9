import { makeVar } from '@apollo/client';
import { useReactiveVar } from '@apollo/client/react';

/**
 * Accept links of invitations created in this session, by invitation id. The API returns a
 * link only once (when the invitation is created) and a refetch of the list replaces the cached
 * invitation wholesale, so the links are kept here for the partner admin to copy later.
 */
const acceptLinks = makeVar<Readonly<Record<string, string>>>({});

export function rememberAcceptLink(invitationId: string, url: string): void {
  acceptLinks({ ...acceptLinks(), [invitationId]: url });
}

export function forgetAcceptLinks(): void {
  acceptLinks({});
}

export function useAcceptLinks(): Readonly<Record<string, string>> {
  return useReactiveVar(acceptLinks);
}
