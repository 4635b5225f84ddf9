import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { common } from '../../../i18n/common';
import { allTimeZones } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useFocusOnOpen } from '../../../ui/useFocusOnOpen';
import { slugify, type PartnerFormValues } from '../hooks/partnerFormValues';

/** Creates a partner (slug editable) or edits one (the slug is its address and stays). */
export function PartnerForm({
  mode,
  initial,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial: PartnerFormValues;
  submitLabel: string;
  busy: boolean;
  onSubmit: (v: PartnerFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const intl = useIntl();
  const [values, setValues] = useState(initial);
  const nameField = useFocusOnOpen<HTMLInputElement>();
  const [slugTouched, setSlugTouched] = useState(mode === 'edit');
  const [error, setError] = useState<unknown>(null);
  // an older zone name (e.g. Asia/Calcutta) may be missing from the browser's list; keep it choosable
  const zones = useMemo(() => {
    const known = allTimeZones();
    return !initial.timeZone || known.includes(initial.timeZone) ? known : [initial.timeZone, ...known];
  }, [initial.timeZone]);

  const set = (patch: Partial<PartnerFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="form-grid" onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice
            error={error}
            title={
              mode === 'create'
                ? intl.formatMessage({ id: 'partner.form.createFailed', defaultMessage: 'The partner was not created' })
                : intl.formatMessage({ id: 'partner.form.saveFailed', defaultMessage: 'The changes were not saved' })
            }
          />
        </div>
      )}
      <TextField
        label={intl.formatMessage({ id: 'partner.form.name', defaultMessage: 'Name' })}
        required
        minLength={2}
        maxLength={120}
        value={values.name}
        ref={nameField}
        onChange={(e) => set({ name: e.target.value, ...(slugTouched ? {} : { slug: slugify(e.target.value) }) })}
      />
      {mode === 'create' ? (
        <TextField
          label={intl.formatMessage({ id: 'partner.form.slug', defaultMessage: 'Slug' })}
          hint={intl.formatMessage({
            id: 'partner.form.slugHint',
            defaultMessage: 'Lower-case letters, digits and dashes; used in addresses.',
          })}
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          minLength={2}
          maxLength={60}
          value={values.slug}
          onChange={(e) => {
            setSlugTouched(true);
            set({ slug: e.target.value });
          }}
        />
      ) : (
        <TextField
          label={intl.formatMessage({ id: 'partner.form.slug', defaultMessage: 'Slug' })}
          hint={intl.formatMessage({ id: 'partner.form.slugFixed', defaultMessage: 'The slug cannot be changed.' })}
          value={values.slug}
          readOnly
        />
      )}
      <TextField
        label={intl.formatMessage({ id: 'partner.form.region', defaultMessage: 'Region' })}
        required
        minLength={2}
        maxLength={80}
        value={values.region}
        onChange={(e) => set({ region: e.target.value })}
      />
      <TextField
        label={intl.formatMessage({ id: 'partner.form.countries', defaultMessage: 'Countries' })}
        hint={intl.formatMessage({
          id: 'partner.form.countriesHint',
          defaultMessage: 'Two-letter codes, separated by commas, e.g. ZA, KE, NG.',
        })}
        value={values.countries}
        onChange={(e) => set({ countries: e.target.value })}
      />
      <SelectField
        label={intl.formatMessage({ id: 'partner.form.timeZone', defaultMessage: 'Default time zone' })}
        hint={intl.formatMessage({
          id: 'partner.form.timeZoneHint',
          defaultMessage: 'Cohorts of this partner start in this zone unless set otherwise.',
        })}
        required
        value={values.timeZone}
        onChange={(e) => set({ timeZone: e.target.value })}
      >
        <option value="">{intl.formatMessage({ id: 'partner.form.chooseTimeZone', defaultMessage: 'Choose a time zone' })}</option>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? intl.formatMessage(common.saving) : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            <FormattedMessage {...common.cancel} />
          </button>
        )}
      </div>
    </form>
  );
}
