import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Loading } from './Feedback';

/**
 * A part of a page below what its first screen shows (the learner home's side cards, outcomes and
 * links): its code and its queries wait until the reader scrolls to within a few lines of it
 * (issue #17, bench/first-load.mjs). Until then a placeholder about its height holds its place,
 * and says it is loading while the part's chunk loads. `children` are React.lazy parts;
 * `className` places the placeholder where they go (a grid area, for instance). The browser specs
 * scroll to such parts as a reader does (e2e/support/browser.ts, scrollToDeferred).
 */
export function WhenNear({ children, minHeight, className }: { children: ReactNode; minHeight: string; className?: string }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '200px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  // until the reader comes near, the place is kept empty (nothing is loading yet); then, while
  // its chunk loads, it says it is loading
  const placeholder = (
    <div ref={near ? undefined : place} className={`deferred ${className ?? ''}`} style={{ minHeight }} data-deferred="">
      {near && <Loading />}
    </div>
  );
  return near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
