import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { MeDocument, UpdateProfileDocument } from '../../../gql/graphql';
import { browserTimeZone, formatDateTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useViewer } from '../../auth/hooks/useViewer';
import { LANGUAGES, zoneChoices, zoneOffset } from '../zones';

type Field = 'name' | 'timeZone' | 'locale';

/** Name, email (read-only), time zone (searchable, with offsets) and language. */
export function ProfileCard() {
  const viewer = useViewer();
  const [update, { loading }] = useMutation(UpdateProfileDocument, { refetchQueries: [MeDocument] });
  const [name, setName] = useState(viewer.name);
  const [timeZone, setTimeZone] = useState(viewer.timeZone);
  const [locale, setLocale] = useState(viewer.locale);
  const [search, setSearch] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<Field>();
  const browser = browserTimeZone();
  const zones = useMemo(() => {
    const all = zoneChoices();
    const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const found = words.length ? all.filter((z) => words.every((w) => z.label.toLowerCase().includes(w))) : all;
    // the zone chosen stays listed, so the select always shows it
    return found.some((z) => z.zone === timeZone) ? found : [{ zone: timeZone, label: `${timeZone.replaceAll('_', ' ')} (${zoneOffset(timeZone)})`, offset: '' }, ...found];
  }, [search, timeZone]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    if (!check({ name: name.trim() ? undefined : 'Enter your name.', timeZone: timeZone ? undefined : 'Choose your time zone.' })) return;
    try {
      await update({ variables: { input: { name: name.trim(), timeZone, locale } } });
      setSaved(true);
    } catch (err) {
      if (!fromApi(err, ['name', 'timeZone', 'locale'])) setError(err);
    }
  };

  return (
    <Card title="Profile" description="How you appear to others, and the zone every time in Beacon is shown in.">
      {saved && (
        <SuccessNotice>
          <p>Your profile was saved. Times are now shown in {viewer.timeZone.replaceAll('_', ' ')}.</p>
        </SuccessNotice>
      )}
      {error != null && <ErrorNotice error={error} title="Your profile was not saved" />}
      <form ref={formRef} className="stack" noValidate onSubmit={submit}>
        <TextField label="Name" autoComplete="name" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <TextField label="Email" type="email" value={viewer.email} readOnly hint="Your login; the certifying body can change it for you." />
        <div className="field">
          <TextField label="Find a time zone" type="search" placeholder="A city or region, e.g. Nairobi" value={search} onChange={(e) => setSearch(e.target.value)} />
          <SelectField label="Time zone" size={6} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} error={errors.timeZone} hint={`Now ${formatDateTime(new Date(), timeZone)}.`}>
            {zones.map((z) => (
              <option key={z.zone} value={z.zone}>
                {z.label}
              </option>
            ))}
          </SelectField>
          {browser !== timeZone && (
            <button type="button" className="button button-secondary button-small align-start" onClick={() => setTimeZone(browser)}>
              Use this device’s zone: {browser.replaceAll('_', ' ')}
            </button>
          )}
        </div>
        <SelectField label="Language" value={locale} onChange={(e) => setLocale(e.target.value)} error={errors.locale} hint="Stored for now; Beacon in other languages comes later.">
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Saving…' : 'Save profile'}
          </button>
        </div>
      </form>
    </Card>
  );
}
