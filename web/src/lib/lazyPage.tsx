import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Loading } from '../ui/Feedback';

/** A page (or part) in a chunk of its own, loaded when first shown: `name` is its export. */
export function page<K extends string, P extends object = object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** Pages outside the shell load with a centred spinner. */
export function Standalone({ children }: { children: ReactNode }) {
  const intl = useIntl();
  return (
    <Suspense
      fallback={
        <div className="centered-page">
          <Loading label={intl.formatMessage({ id: 'shell.opening', defaultMessage: 'Opening Beacon…' })} />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
