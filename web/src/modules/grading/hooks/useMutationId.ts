import { useCallback, useRef } from 'react';

/** A version-4 UUID, also where crypto.randomUUID is missing (a page served over plain http). */
export function newMutationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * One client mutation id per intention: the same id goes with every send of the same request
 * (a double click, a retry), so the API makes one record; `renew` starts a new intention (after
 * success, or once the input changed). `claim` guards synchronously against a second send while
 * one is in flight, before React has re-rendered the disabled button.
 */
export function useMutationId() {
  const id = useRef(newMutationId());
  const inFlight = useRef(false);
  const renew = useCallback(() => {
    id.current = newMutationId();
  }, []);
  const claim = useCallback(() => {
    if (inFlight.current) return false;
    inFlight.current = true;
    return true;
  }, []);
  const release = useCallback(() => {
    inFlight.current = false;
  }, []);
  return { current: () => id.current, renew, claim, release };
}
