import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useRef, useState } from 'react';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * A form's own validation (forms set `noValidate`, so browsers' bubbles never show): the
 * messages by field, and focus on the first field in error after each refused submit.
 */
export function useFieldErrors<K extends string>() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    // a group in error (a radiogroup carries aria-invalid, not its radios) hands focus to its first control
    if (refusals > 0)
      formRef.current
        ?.querySelector<HTMLElement>(
          '[aria-invalid="true"]:is(input, select, textarea), [aria-invalid="true"] :is(input, select, textarea)',
        )
        ?.focus();
  }, [refusals]);

  /** Shows these messages; true when there are none (the form may go ahead). */
  const check = (found: FieldErrors<K>): boolean => {
    const clean = Object.fromEntries(Object.entries(found).filter(([, m]) => m)) as FieldErrors<K>;
    setErrors(clean);
    const ok = Object.keys(clean).length === 0;
    if (!ok) setRefusals((n) => n + 1);
    return ok;
  };

  /** Puts an API refusal that names one of this form's fields (extensions.details.field) next to it; false if it names none. */
  const fromApi = (error: unknown, fields: readonly K[]): boolean => {
    if (!CombinedGraphQLErrors.is(error)) return false;
    const first = error.errors[0];
    const field = (first?.extensions?.details as { field?: K } | undefined)?.field;
    if (!field || !fields.includes(field)) return false;
    return !check({ [field]: first.message } as FieldErrors<K>);
  };

  return { formRef, errors, check, fromApi, clear: () => setErrors({}) };
}
