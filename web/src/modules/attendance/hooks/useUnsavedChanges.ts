import { useEffect } from 'react';
import { useBlocker } from '../../../lib/router';

/**
 * While `dirty`, leaving asks first: an in-app navigation is held by the router's blocker (lib/router) (the
 * page shows its own question), closing or reloading the tab by the browser's beforeunload prompt.
 */
export function useUnsavedChanges(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // older browsers need returnValue set to show their prompt
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return blocker;
}
