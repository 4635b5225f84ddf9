import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { browserTimeZone } from '../../../lib/time';

export type Viewer = ViewerFieldsFragment;

export const ViewerContext = createContext<Viewer | null>(null);

/** The logged-in person; only inside the authenticated shell. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() outside the authenticated shell');
  return viewer;
}

/** The zone times are shown in: the viewer's own, or the browser's before login. */
export function useTimeZone(): string {
  return useContext(ViewerContext)?.timeZone ?? browserTimeZone();
}
