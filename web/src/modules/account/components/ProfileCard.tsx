import { useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MeDocument, UpdateProfileDocument } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { useLocale } from '../../../i18n/I18nProvider';
import { isLocale, LANGUAGE_NAMES, LOCALES } from '../../../i18n/locales';
import { browserTimeZone, formatDateTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useViewer } from '../../auth/hooks/useViewer';
import { zoneChoices, zoneOffset } from '../zones';

type Field = 'name' | 'timeZone' | 'locale';

/**
 * When a saved profile changed the language: the page is rebuilt in the new language (the
 * I18nProvider remounts everything under it), and the new card still says it was saved.
 */
let languageSwitchedAt = 0;
const STILL_SAVED_MS = 10_000;

/** Name, email (read-only), time zone (searchable, with offsets) and language. */
export function ProfileCard() {
  const intl = useIntl();
  const viewer = useViewer();
  const { locale: shownLocale, setLocale: showLocale } = useLocale();
  const [update, { loading }] = useMutation(UpdateProfileDocument, { refetchQueries: [MeDocument] });
  const [name, setName] = useState(viewer.name);
  const [timeZone, setTimeZone] = useState(viewer.timeZone);
  const [locale, setLocale] = useState(viewer.locale);
  const [search, setSearch] = useState('');
  const [saved, setSaved] = useState(() => Date.now() - languageSwitchedAt < STILL_SAVED_MS);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<Field>();
  const browser = browserTimeZone();
  const zones = useMemo(() => {
    const all = zoneChoices();
    const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const found = words.length ? all.filter((z) => words.every((w) => z.label.toLowerCase().includes(w))) : all;
    // the zone chosen stays listed, so the select always shows it
    return found.some((z) => z.zone === timeZone)
      ? found
      : [{ zone: timeZone, label: `${timeZone.replaceAll('_', ' ')} (${zoneOffset(timeZone)})`, offset: '' }, ...found];
  }, [search, timeZone]);
  useEffect(() => {
    languageSwitchedAt = 0;
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const ok = check({
      name: name.trim() ? undefined : intl.formatMessage({ id: 'account.profile.nameMissing', defaultMessage: 'Enter your name.' }),
      timeZone: timeZone
        ? undefined
        : intl.formatMessage({ id: 'account.profile.timeZoneMissing', defaultMessage: 'Choose your time zone.' }),
    });
    if (!ok) return;
    try {
      await update({ variables: { input: { name: name.trim(), timeZone, locale } } });
      setSaved(true);
      // the page follows the language at once, on this device too
      if (isLocale(locale) && locale !== shownLocale) {
        languageSwitchedAt = Date.now();
        showLocale(locale);
      }
    } catch (err) {
      if (!fromApi(err, ['name', 'timeZone', 'locale'])) setError(err);
    }
  };

  return (
    <Card
      title={intl.formatMessage({ id: 'account.profile.title', defaultMessage: 'Profile' })}
      description={intl.formatMessage({
        id: 'account.profile.description',
        defaultMessage: 'How you appear to others, and the zone every time in Beacon is shown in.',
      })}
    >
      {saved && (
        <SuccessNotice>
          <p>
            <FormattedMessage
              id="account.profile.saved"
              defaultMessage="Your profile was saved. Times are now shown in {timeZone}."
              values={{ timeZone: viewer.timeZone.replaceAll('_', ' ') }}
            />
          </p>
        </SuccessNotice>
      )}
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'account.profile.notSaved', defaultMessage: 'Your profile was not saved' })}
        />
      )}
      <form ref={formRef} className="stack" noValidate onSubmit={submit}>
        <TextField
          label={intl.formatMessage({ id: 'account.profile.name', defaultMessage: 'Name' })}
          autoComplete="name"
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <TextField
          label={intl.formatMessage({ id: 'account.profile.email', defaultMessage: 'Email' })}
          type="email"
          value={viewer.email}
          readOnly
          hint={intl.formatMessage({
            id: 'account.profile.emailHint',
            defaultMessage: 'Your login; the certifying body can change it for you.',
          })}
        />
        <div className="field">
          <TextField
            label={intl.formatMessage({ id: 'account.profile.findZone', defaultMessage: 'Find a time zone' })}
            type="search"
            placeholder={intl.formatMessage({
              id: 'account.profile.findZonePlaceholder',
              defaultMessage: 'A city or region, e.g. Nairobi',
            })}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <SelectField
            label={intl.formatMessage({ id: 'account.profile.timeZone', defaultMessage: 'Time zone' })}
            size={6}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            error={errors.timeZone}
            hint={intl.formatMessage(
              { id: 'account.profile.timeZoneNow', defaultMessage: 'Now {time}.' },
              { time: formatDateTime(new Date(), timeZone) },
            )}
          >
            {zones.map((z) => (
              <option key={z.zone} value={z.zone}>
                {z.label}
              </option>
            ))}
          </SelectField>
          {browser !== timeZone && (
            <button type="button" className="button button-secondary button-small align-start" onClick={() => setTimeZone(browser)}>
              <FormattedMessage
                id="account.profile.useDeviceZone"
                defaultMessage="Use this device’s zone: {zone}"
                values={{ zone: browser.replaceAll('_', ' ') }}
              />
            </button>
          )}
        </div>
        <SelectField
          label={intl.formatMessage({ id: 'account.profile.language', defaultMessage: 'Language' })}
          value={locale}
          onChange={(e) => setLocale(e.target.value)}
          error={errors.locale}
          hint={intl.formatMessage({
            id: 'account.profile.languageHint',
            defaultMessage: 'Beacon is shown in this language on every device where you log in.',
          })}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? (
              <FormattedMessage {...common.saving} />
            ) : (
              <FormattedMessage id="account.profile.save" defaultMessage="Save profile" />
            )}
          </button>
        </div>
      </form>
    </Card>
  );
}
