import {
  Component,
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  isRouteErrorResponse,
  NavigationType,
  parsePath,
  Router,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  useLocation,
  type Blocker,
  type BlockerFunction,
  type Location,
  type Navigator,
  type To,
} from 'react-router';

/*
 * The app's router: react-router's declarative router (BrowserRouter's own code, below) plus the
 * one thing of its data router Beacon uses, useBlocker, and the data router's error page. The data
 * router (createBrowserRouter) would cost every page ~17 kB gzip more (its loaders, actions,
 * fetchers, lazy routes and middleware, none of which Beacon uses): the login and public
 * credential pages are meant to stay light (issue #17).
 */

const IDLE: Blocker = { state: 'unblocked', proceed: undefined, reset: undefined, location: undefined };

interface Guard {
  shouldBlock: BlockerFunction;
  setBlocker: (blocker: Blocker) => void;
}

const Guards = createContext<Set<Guard> | null>(null);

/** A navigation's target as a location (enough for a blocker to compare paths and queries). */
function locationOf(to: To, state: unknown): Location {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return { pathname: path.pathname ?? '/', search: path.search ?? '', hash: path.hash ?? '', state: state ?? null, key: 'default' };
}

/**
 * BrowserRouter, whose navigations a page can hold while it has unsaved changes (useBlocker):
 * a link or navigate() is not carried out, the browser's back and forward are undone, until the
 * page says proceed() (or reset() to stay), as react-router's data router does.
 */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [guards] = useState(() => new Set<Guard>());
  const [state, setState] = useState({ action: history.action, location: history.location });
  const current = useRef(history.location);
  // a back/forward put back because it was blocked, or let through by proceed(): not asked again
  const skipPop = useRef<'undo' | 'proceed' | null>(null);

  const blocking = (nextLocation: Location, historyAction: NavigationType): Guard | undefined => {
    for (const guard of guards) if (guard.shouldBlock({ currentLocation: current.current, nextLocation, historyAction })) return guard;
    return undefined;
  };

  useLayoutEffect(
    () =>
      history.listen(({ action, location, delta }) => {
        const skip = skipPop.current;
        skipPop.current = null;
        if (skip === 'undo') return;
        if (action === NavigationType.Pop && skip !== 'proceed' && delta) {
          const guard = blocking(location, action);
          if (guard) {
            skipPop.current = 'undo';
            history.go(-delta);
            guard.setBlocker({
              state: 'blocked',
              location,
              proceed: () => {
                guard.setBlocker({ state: 'proceeding', proceed: undefined, reset: undefined, location });
                skipPop.current = 'proceed';
                history.go(delta);
              },
              reset: () => guard.setBlocker(IDLE),
            });
            return;
          }
        }
        if (skip === 'proceed') for (const guard of guards) guard.setBlocker(IDLE);
        current.current = location;
        startTransition(() => setState({ action, location }));
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `blocking` reads refs and the stable set of guards
    [history, guards],
  );

  const navigator = useMemo<Navigator>(() => {
    const guarded = (action: NavigationType, to: To, state: unknown, go: () => void) => {
      const location = locationOf(to, state);
      const guard = blocking(location, action);
      if (!guard) return go();
      guard.setBlocker({
        state: 'blocked',
        location,
        proceed: () => {
          guard.setBlocker({ state: 'proceeding', proceed: undefined, reset: undefined, location });
          go();
          guard.setBlocker(IDLE);
        },
        reset: () => guard.setBlocker(IDLE),
      });
    };
    return {
      createHref: history.createHref,
      encodeLocation: history.encodeLocation,
      go: history.go,
      push: (to, state) => guarded(NavigationType.Push, to, state, () => history.push(to, state)),
      replace: (to, state) => guarded(NavigationType.Replace, to, state, () => history.replace(to, state)),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `blocking` reads refs and the stable set of guards
  }, [history, guards]);

  return (
    <Guards.Provider value={guards}>
      <Router location={state.location} navigationType={state.action} navigator={navigator}>
        <RouteErrors>{children}</RouteErrors>
      </Router>
    </Guards.Provider>
  );
}

/**
 * Holds in-app navigations while `shouldBlock` says so, as react-router's useBlocker: the blocker
 * is 'blocked' (with the location asked for) until proceed() or reset().
 */
export function useBlocker(shouldBlock: BlockerFunction): Blocker {
  const guards = useContext(Guards);
  if (!guards) throw new Error('useBlocker must be used inside lib/router BrowserRouter');
  const [blocker, setBlocker] = useState<Blocker>(IDLE);
  const latest = useRef(shouldBlock);
  useLayoutEffect(() => {
    latest.current = shouldBlock;
  });
  useEffect(() => {
    const guard: Guard = { shouldBlock: (args) => latest.current(args), setBlocker };
    guards.add(guard);
    return () => {
      guards.delete(guard);
    };
  }, [guards]);
  return blocker;
}

/** The data router's page for an error thrown while rendering a page (react-router's default error element), cleared by the next navigation. */
function RouteErrors({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <ErrorBoundary location={location}>{children}</ErrorBoundary>;
}

class ErrorBoundary extends Component<{ location: Location; children: ReactNode }, { error: unknown; location: Location }> {
  state = { error: undefined as unknown, location: this.props.location };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { location: Location }, state: { error: unknown; location: Location }) {
    return props.location !== state.location ? { error: undefined, location: props.location } : null;
  }

  componentDidCatch(error: unknown) {
    console.error('React Router caught the following error during render', error);
  }

  render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const message = isRouteErrorResponse(error)
      ? `${error.status} ${error.statusText}`
      : error instanceof Error
        ? error.message
        : JSON.stringify(error);
    const stack = error instanceof Error ? error.stack : null;
    return (
      <>
        {/* eslint-disable-next-line formatjs/no-literal-string-in-jsx -- react-router's own error page, word for word, as the data router showed it */}
        <h2>Unexpected Application Error!</h2>
        <h3 style={{ fontStyle: 'italic' }}>{message}</h3>
        {stack ? <pre style={{ padding: '0.5rem', backgroundColor: 'rgba(200,200,200, 0.5)' }}>{stack}</pre> : null}
      </>
    );
  }
}
