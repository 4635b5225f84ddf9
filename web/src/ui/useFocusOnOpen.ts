import { useEffect, useRef } from 'react';

/**
 * Focus for a form the person has just opened (cancel a booking, edit a goal, revoke a credential,
 * a new partner or programme): it moves to the form's first field once `open` is true, since focus
 * follows their own action. Not for a page as it loads: there focus stays where the browser puts
 * it, so a screen reader starts at the top (jsx-a11y's no-autofocus).
 */
export function useFocusOnOpen<T extends HTMLElement>(open = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  return ref;
}
