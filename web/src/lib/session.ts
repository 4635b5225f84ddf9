import type { ViewerFieldsFragment } from '../gql/graphql';

/*
 * The login page logs in without the Apollo client (it is not loaded yet, or not at all on a
 * first visit); the person who just logged in is handed over here, and the client (lib/ApolloRoot)
 * forgets whatever another account left in its cache and starts from them.
 */

type Sink = (viewer: ViewerFieldsFragment) => Promise<void>;

let sink: Sink | null = null;
let pending: ViewerFieldsFragment | null = null;

/** The person who just logged in, for the Apollo client to start from. */
export async function handOverViewer(viewer: ViewerFieldsFragment): Promise<void> {
  if (sink) await sink(viewer);
  else pending = viewer;
}

/** Called once by the Apollo client when it is made: takes the person handed over before, and every later one. */
export function receiveViewers(receive: Sink): ViewerFieldsFragment | null {
  sink = receive;
  const first = pending;
  pending = null;
  return first;
}
