import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { MeDocument } from '../gql/graphql';
import { createApolloClient } from './apollo';
import { receiveViewers } from './session';

let leaving = false;
const client = createApolloClient(() => {
  // the session ended under us: forget everything and start again from the login page
  if (leaving) return;
  leaving = true;
  void client.clearStore().finally(() => {
    const next = window.location.pathname + window.location.search;
    window.location.assign(`/login?ended=1&next=${encodeURIComponent(next)}`);
  });
});

const first = receiveViewers(async (viewer) => {
  // whatever another account left in the cache is not this person's to see
  await client.clearStore();
  client.writeQuery({ query: MeDocument, data: { me: viewer } });
});
if (first) client.writeQuery({ query: MeDocument, data: { me: first } });

/**
 * The Apollo client and everything under it: every page but the login page and the public
 * credential page, which open without it (lib/graphqlRequest) and so load much less.
 */
export function ApolloRoot({ children }: { children: ReactNode }) {
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
