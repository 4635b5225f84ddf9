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
  type AnchorHTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import { Link as WouterLink, Router } from 'wouter';

/*
 * The app's router: wouter (~2.5 kB gzip; react-router cost every page 13.5 kB, issue #17) does
 * the matching (Switch, Route, useParams, Redirect, below), fed by a location of our own
 * (BrowserRouter, given to wouter as its location hook) that adds what Beacon relied on in
 * react-router:
 * - useBlocker: a page with unsaved changes holds in-app navigations and the browser's back and
 *   forward until it says proceed() or reset();
 * - navigations are React transitions (while a page's code loads, the previous page stays, as
 *   react-router's BrowserRouter did), and every component sees the same location;
 * - history entries carry { usr: state, idx } as react-router's did: `idx` tells how far a back
 *   or forward went (to undo a blocked one) and whether a page was reached inside the app;
 * - Link as react-router's: a link to the address already shown replaces rather than pushes, and
 *   `to` may be a query alone ("?page=2", on the current path); NavLink marks the current page.
 * Every page imports from here, never from wouter.
 */

export { Redirect, Route, Switch, useParams } from 'wouter';

/** Where the app is: the address and the state a navigation left with it (`navigate(to, { state })`). */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export type Navigate = (to: string, options?: NavigateOptions) => void;

export type BlockerFunction = (args: {
  currentLocation: Location;
  nextLocation: Location;
  historyAction: 'POP' | 'PUSH' | 'REPLACE';
}) => boolean;

export type Blocker =
  | { state: 'unblocked'; proceed: undefined; reset: undefined; location: undefined }
  | { state: 'blocked'; proceed: () => void; reset: () => void; location: Location }
  | { state: 'proceeding'; proceed: undefined; reset: undefined; location: Location };

const IDLE: Blocker = { state: 'unblocked', proceed: undefined, reset: undefined, location: undefined };

interface Guard {
  shouldBlock: BlockerFunction;
  setBlocker: (blocker: Blocker) => void;
}

/** What this router keeps in each history entry (as react-router's history did). */
interface Entry {
  usr?: unknown;
  idx?: number | null;
}

const entry = () => (window.history.state ?? null) as Entry | null;
const here = (): Location => ({
  pathname: window.location.pathname,
  search: window.location.search,
  hash: window.location.hash,
  state: entry()?.usr ?? null,
});
const href = (l: Pick<Location, 'pathname' | 'search' | 'hash'>) => l.pathname + l.search + l.hash;
/** `to` as an absolute address: a path ("/partner"), or a query or hash on the current path ("?page=2"). */
const resolve = (to: string) => new URL(to, window.location.href);

interface Current {
  location: Location;
  navigate: Navigate;
  guards: Set<Guard>;
}

const CurrentContext = createContext<Current | null>(null);

function useCurrent(): Current {
  const current = useContext(CurrentContext);
  if (!current) throw new Error('lib/router hooks must be used inside lib/router BrowserRouter');
  return current;
}

// wouter's location hooks (stable functions: wouter compares them between renders)
const useWouterLocation = (): [string, Navigate] => {
  const { location, navigate } = useCurrent();
  return [location.pathname, navigate];
};
const useWouterSearch = () => useCurrent().location.search;

/**
 * The browser's address as the app's location, whose navigations a page can hold while it has
 * unsaved changes (useBlocker): a link or navigate() is not carried out, the browser's back and
 * forward are undone, until the page says proceed() (or reset() to stay).
 */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [guards] = useState(() => new Set<Guard>());
  const [location, setLocation] = useState(() => {
    // the first entry of a visit is numbered 0 (an entry reloaded keeps its number)
    if (entry()?.idx == null) window.history.replaceState({ ...entry(), idx: 0 }, '');
    return here();
  });
  // the entry shown (a navigation's transition may not have rendered it yet) and its number
  const shown = useRef(location);
  const index = useRef(entry()?.idx ?? null);
  // a back/forward put back because it was blocked, or let through by proceed(): not asked again
  const skipPop = useRef<'undo' | 'proceed' | null>(null);

  const blocking = (nextLocation: Location, historyAction: 'POP' | 'PUSH' | 'REPLACE'): Guard | undefined => {
    for (const guard of guards) if (guard.shouldBlock({ currentLocation: shown.current, nextLocation, historyAction })) return guard;
    return undefined;
  };
  const show = () => {
    const next = here();
    shown.current = next;
    startTransition(() => setLocation(next));
  };

  useLayoutEffect(() => {
    const onPop = () => {
      const next = entry()?.idx ?? null;
      const delta = next === null || index.current === null ? null : next - index.current;
      index.current = next;
      const skip = skipPop.current;
      skipPop.current = null;
      if (skip === 'undo') return;
      if (skip !== 'proceed' && delta) {
        const location = here();
        const guard = blocking(location, 'POP');
        if (guard) {
          skipPop.current = 'undo';
          window.history.go(-delta);
          guard.setBlocker({
            state: 'blocked',
            location,
            proceed: () => {
              guard.setBlocker({ state: 'proceeding', proceed: undefined, reset: undefined, location });
              skipPop.current = 'proceed';
              window.history.go(delta);
            },
            reset: () => guard.setBlocker(IDLE),
          });
          return;
        }
      }
      if (skip === 'proceed') for (const guard of guards) guard.setBlocker(IDLE);
      show();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `blocking` and `show` read refs and the stable set of guards
  }, [guards]);

  const navigate = useMemo<Navigate>(
    () =>
      (to, { replace = false, state = null } = {}) => {
        const url = resolve(to);
        const location: Location = { pathname: url.pathname, search: url.search, hash: url.hash, state };
        const go = () => {
          const idx = (entry()?.idx ?? 0) + (replace ? 0 : 1);
          window.history[replace ? 'replaceState' : 'pushState']({ usr: state, idx } satisfies Entry, '', href(location));
          index.current = idx;
          show();
        };
        const guard = blocking(location, replace ? 'REPLACE' : 'PUSH');
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
      },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `blocking` and `show` read refs and the stable set of guards
    [guards],
  );

  const current = useMemo(() => ({ location, navigate, guards }), [location, navigate, guards]);
  return (
    <CurrentContext value={current}>
      <Router hook={useWouterLocation} searchHook={useWouterSearch}>
        <RouteErrors location={location}>{children}</RouteErrors>
      </Router>
    </CurrentContext>
  );
}

/** The location shown: path, query, hash and the state its navigation carried. */
export function useLocation(): Location {
  return useCurrent().location;
}

/** navigate(to, { replace, state }): `to` as for Link. */
export function useNavigate(): Navigate {
  return useCurrent().navigate;
}

type SearchParamsInit = ConstructorParameters<typeof URLSearchParams>[0];

/**
 * The query as URLSearchParams, and a setter that navigates to the same path with a new query
 * (pushing unless `{ replace: true }`), as react-router's. (wouter's own decodes the query once
 * before parsing it, so a value holding "%25" would come back altered.)
 */
export function useSearchParams(): [URLSearchParams, (init: SearchParamsInit, options?: NavigateOptions) => void] {
  const { location, navigate } = useCurrent();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = (init: SearchParamsInit, options?: NavigateOptions) => {
    const query = new URLSearchParams(init).toString();
    navigate(location.pathname + (query ? `?${query}` : ''), options);
  };
  return [params, setParams];
}

/**
 * Holds in-app navigations while `shouldBlock` says so, as react-router's useBlocker: the blocker
 * is 'blocked' (with the location asked for) until proceed() or reset().
 */
export function useBlocker(shouldBlock: BlockerFunction): Blocker {
  const { guards } = useCurrent();
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

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  replace?: boolean;
  state?: unknown;
  ref?: Ref<HTMLAnchorElement>;
};

/** An in-app link (wouter's), which replaces the entry when it leads to the address already shown. */
export function Link({ to, replace, ...props }: LinkProps) {
  const { location } = useCurrent();
  const target = to.startsWith('?') || to.startsWith('#') ? href(resolve(to)) : to;
  return <WouterLink {...props} to={target} replace={replace ?? target === href(location)} />;
}

/**
 * A link that knows when it leads to the page shown (or, without `end`, to a page under it), as
 * react-router's NavLink: then it has aria-current="page" and its class is `className({ isActive })`
 * (or `className` plus "active"). Only paths are compared (case-insensitively), never queries.
 */
export function NavLink({
  end = false,
  className,
  ...props
}: Omit<LinkProps, 'className'> & { end?: boolean; className?: string | ((state: { isActive: boolean }) => string) }) {
  const { location } = useCurrent();
  const path = location.pathname.toLowerCase();
  let to = resolve(props.to).pathname.toLowerCase();
  if (to !== '/' && to.endsWith('/')) to = to.slice(0, -1);
  const isActive = path === to || (!end && path.startsWith(to) && path.charAt(to.length) === '/');
  return (
    <Link
      {...props}
      aria-current={isActive ? 'page' : undefined}
      className={
        typeof className === 'function' ? className({ isActive }) : [className, isActive ? 'active' : null].filter(Boolean).join(' ')
      }
    />
  );
}

/** A page for an error thrown while rendering a page (react-router's default error page, word for word), cleared by the next navigation. */
class RouteErrors extends Component<{ location: Location; children: ReactNode }, { error: unknown; location: Location }> {
  state = { error: undefined as unknown, location: this.props.location };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { location: Location }, state: { error: unknown; location: Location }) {
    return props.location !== state.location ? { error: undefined, location: props.location } : null;
  }

  componentDidCatch(error: unknown) {
    console.error('Beacon caught the following error during render', error);
  }

  render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const message = error instanceof Error ? error.message : JSON.stringify(error);
    const stack = error instanceof Error ? error.stack : null;
    return (
      <>
        {/* eslint-disable-next-line formatjs/no-literal-string-in-jsx -- react-router's own error page, word for word, as it showed it */}
        <h2>Unexpected Application Error!</h2>
        <h3 style={{ fontStyle: 'italic' }}>{message}</h3>
        {stack ? <pre style={{ padding: '0.5rem', backgroundColor: 'rgba(200,200,200, 0.5)' }}>{stack}</pre> : null}
      </>
    );
  }
}
