import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from './I18nProvider';
import { isLocale, LANGUAGE_NAMES, LOCALES, type Locale } from './locales';

/**
 * The language picker of the header. Logged in (`save`: the shell's `updateProfile`), the choice is
 * saved to the account so every device follows; before login it applies to this device only (and
 * the page needs no Apollo client).
 */
export function LanguageMenu({ save, className }: { save?: (locale: Locale) => Promise<unknown>; className?: string }) {
  const intl = useIntl();
  const id = useId();
  const { locale, setLocale } = useLocale();
  const [failed, setFailed] = useState(false);

  const choose = async (next: Locale) => {
    setFailed(false);
    setLocale(next);
    if (!save) return;
    try {
      await save(next);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className={className ? `language-menu ${className}` : 'language-menu'}>
      <label htmlFor={id} className="visually-hidden">
        {intl.formatMessage({ id: 'i18n.languageMenu.label', defaultMessage: 'Language' })}
      </label>
      <select id={id} value={locale} onChange={(e) => isLocale(e.target.value) && void choose(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      {failed && (
        <span role="status" className="language-menu-error">
          {intl.formatMessage({ id: 'i18n.languageMenu.notSaved', defaultMessage: 'Not saved to your account; this device keeps it.' })}
        </span>
      )}
    </div>
  );
}
